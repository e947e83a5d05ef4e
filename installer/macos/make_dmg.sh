#!/bin/sh
# Pack coder-assist.app into a compressed disk image with a link to /Applications (hdiutil ships with macOS).
#   sh installer/macos/make_dmg.sh dist/coder-assist.app dist/coder-assist-0.1.0-macos-arm64.dmg 0.1.0
# The app is not signed here: sign and notarise it with the hospital's Developer ID before this step
# (codesign --deep --options runtime --sign "Developer ID Application: ..." dist/coder-assist.app), or
# Gatekeeper asks users to confirm the first start (right-click > Open).
set -eu
APP=$1
DMG=$2
VERSION=$3
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "coder-assist $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
