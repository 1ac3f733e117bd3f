@echo off
rem jxlint for Windows: needs only a Java runtime, 17 or newer (on the PATH, or in JAVA_HOME).
setlocal
chcp 65001 >nul
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo jxlint：没有找到 Java。请先安装 Java 17 或更新版本（如 Eclipse Temurin 17），再运行本程序。
  exit /b 9009
)
"%JAVA%" -Xmx1g -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %JAVA_OPTS% -jar "%~dp0jxlint.jar" %*
exit /b %errorlevel%
