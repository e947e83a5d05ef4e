#!/usr/bin/env bash
# The README's screenshots of the app at a laptop's and a desktop's screen size, made offscreen with the
# default bundle on the sample worklist. Run from the repository root after changing the window.
set -euo pipefail
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
for size in 1366x768 1920x1080; do
  coder-assist gui resources/examples/worklist.jsonl --size "$size" --screenshot "docs/screenshot-$size.png"
done
