#!/usr/bin/env bash
# Gives the files in a .deb the modification times they have in the app image.
# Usage: installers/linux/keep-cds-times.sh DEB IMAGE_DIR   (IMAGE_DIR holds mailpath/)
#
# JDK 17 uses an AppCDS archive only when every jar on the class path has the modification time
# (whole seconds) it had when the archive was recorded; otherwise it ignores the archive, silently
# with -Xlog:cds*=off. jpackage copies the app image into the package with new times, so the
# installed jars never matched (installers/linux/appcds.sh). This repacks the .deb with the
# image's times; the contents, and so the package's md5sums, are unchanged.
set -euo pipefail
DEB=$(realpath "$1")
IMAGE=$(cd "$2/mailpath" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$DEB" "$work/root"
installed="$work/root/opt/mailpath"
[ -d "$installed" ] || { echo "keep-cds-times: no opt/mailpath in $DEB" >&2; exit 1; }
(cd "$IMAGE" && find . -type f) | while read -r file; do
  [ -e "$installed/$file" ] && touch -h -r "$IMAGE/$file" "$installed/$file"
done
dpkg-deb --root-owner-group -b "$work/root" "$DEB" >/dev/null
echo "keep-cds-times: $(basename "$DEB") carries the image's file times"
