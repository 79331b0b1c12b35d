#!/usr/bin/env bash
# Replaces the Linux app image's native launcher (bin/mailpath) with a shell script that starts
# the same Java runtime with the same class path, main class and options, read from the
# launcher's configuration (lib/app/mailpath.cfg) when the image is built.
# Usage: installers/linux/launcher.sh IMAGE_DIR   (IMAGE_DIR holds mailpath/)
#
# Why: JDK 17's Linux launcher asks the package managers whether it was installed from a package
# (`rpm -qf` and `dpkg -S` on itself) at every start. Measured on the 2-core machine, installed
# from the .deb: `mailpath --version` took 0.74 s, of which the JVM was 0.12 s (README). The
# script keeps the JVM's command line as it was — the AppCDS archive recorded through the native
# launcher matches it — and costs the shell's few milliseconds.
set -euo pipefail
IMAGE=$(cd "$1/mailpath" && pwd)
cfg="$IMAGE/lib/app/mailpath.cfg"
launcher="$IMAGE/bin/mailpath"
[ -f "$cfg" ] && [ -x "$launcher" ] || { echo "launcher: no $cfg or $launcher" >&2; exit 1; }

classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: -)
mainclass=$(sed -n 's/^app\.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n '/^\[JavaOptions\]/,$ s/^java-options=//p' "$cfg")
[ -n "$classpath" ] && [ -n "$mainclass" ] || { echo "launcher: $cfg names no class path" >&2; exit 1; }
for word in "$classpath" "$mainclass" "${options[@]}"; do
  case "$word" in *[[:space:]\"\'\`\\]*) echo "launcher: cannot quote '$word'" >&2; exit 1 ;; esac
done

{
  echo '#!/bin/sh'
  echo '# mailpath: starts the bundled Java runtime (installers/linux/launcher.sh wrote this).'
  echo 'APP_PATH=$(readlink -f "$0")'
  echo 'APPDIR=$(dirname "$(dirname "$APP_PATH")")/lib/app'
  printf 'exec "$APPDIR/../runtime/bin/java"'
  for option in "${options[@]}"; do printf ' "%s"' "$option"; done
  printf ' -Djpackage.app-path="$APP_PATH"'
  printf ' -cp "%s" %s "$@"\n' "$classpath" "$mainclass"
} >"$launcher.sh"
chmod 755 "$launcher.sh"
mv "$launcher.sh" "$launcher"
echo "launcher: $launcher is a script now"
