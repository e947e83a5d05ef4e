#!/bin/sh
# Remove coder-assist installed by install.sh. The users' data (worklist, decisions, imported catalogue)
# and settings are kept unless --purge is given, which deletes them for the user running this script.
#   uninstall.sh [--system] [--purge]
set -eu
SYSTEM=no
PURGE=no
for arg in "$@"; do
    case "$arg" in
        --system) SYSTEM=yes ;;
        --purge) PURGE=yes ;;
        *) echo "usage: $0 [--system] [--purge]" >&2; exit 2 ;;
    esac
done
if [ "$SYSTEM" = yes ]; then
    PREFIX=/opt/coder-assist
    SHARE=/usr/share
    BIN=/usr/local/bin
else
    PREFIX="$HOME/.local/opt/coder-assist"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
    BIN="$HOME/.local/bin"
fi
rm -f "$SHARE/applications/coder-assist.desktop" "$SHARE/icons/hicolor/256x256/apps/coder-assist.png"
[ -L "$BIN/coder-assist" ] && rm -f "$BIN/coder-assist"
rm -rf "$PREFIX"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}/coder-assist"
CONFIG="${XDG_CONFIG_HOME:-$HOME/.config}/coder-assist"
if [ "$PURGE" = yes ]; then
    rm -rf "$DATA" "$CONFIG"
    echo "coder-assist removed, with your data and settings."
else
    echo "coder-assist removed. Your data ($DATA) and settings ($CONFIG) are kept;"
    echo "run again with --purge to delete them too."
fi
