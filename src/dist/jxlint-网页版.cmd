@echo off
rem Double-click to start the jxlint web page and open it in the browser; close this window to stop.
setlocal
chcp 65001 >nul
title jxlint
call "%~dp0jxlint.cmd" serve --open %*
if errorlevel 1 pause
