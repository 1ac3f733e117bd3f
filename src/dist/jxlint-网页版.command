#!/bin/sh
# macOS: double-click to start the jxlint web page and open it in the browser; close the window to stop.
cd "$(dirname "$0")" && exec ./jxlint serve --open "$@"
