#!/bin/sh
# Install coder-assist from this unpacked folder.
#   ./install.sh            for the current user: ~/.local/opt/coder-assist, menu entry, ~/.local/bin/coder-assist
#   sudo ./install.sh --system   for all users: /opt/coder-assist, menu entry, /usr/local/bin/coder-assist
# Installing again replaces the program; the users' data and settings are not touched.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${1:-}" = "--system" ]; then
    PREFIX=/opt/coder-assist
    SHARE=/usr/share
    BIN=/usr/local/bin
else
    PREFIX="$HOME/.local/opt/coder-assist"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
    BIN="$HOME/.local/bin"
fi
ICONS="$SHARE/icons/hicolor/256x256/apps"
rm -rf "$PREFIX"
mkdir -p "$PREFIX" "$SHARE/applications" "$ICONS" "$BIN"
cp -a "$HERE/coder-assist" "$HERE/_internal" "$HERE/uninstall.sh" "$PREFIX/"
cp "$HERE/coder-assist.png" "$ICONS/coder-assist.png"
sed "s|^Exec=.*|Exec=\"$PREFIX/coder-assist\" gui %F|" "$HERE/coder-assist.desktop" > "$SHARE/applications/coder-assist.desktop"
ln -sf "$PREFIX/coder-assist" "$BIN/coder-assist"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$SHARE/applications" || true
echo "coder-assist installed in $PREFIX (command: $BIN/coder-assist; menu: coder-assist)."
echo "Remove it with: $PREFIX/uninstall.sh${1:+ $1}"
