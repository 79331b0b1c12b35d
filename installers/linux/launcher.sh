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

# The AppCDS archive (installers/linux/appcds.sh) is for the window and the commands that trace or
# render. Mapping it costs about 0.15 s, more than `--version` and `history` gain from it
# (measured on the 2-core machine: --version 0.16–0.20 s without it, 0.34–0.45 s with it;
# `report --pdf` 2.35–2.60 s without it, 2.14–2.26 s with it), so those two start without it.
archive=()
others=()
for option in "${options[@]}"; do
  case "$option" in
    -XX:SharedArchiveFile=*) archive+=("$option") ;;
    *) others+=("$option") ;;
  esac
done

java_line() { # the exec line, with the options given
  printf '  exec "$APPDIR/../runtime/bin/java"'
  for option in "$@"; do printf ' "%s"' "$option"; done
  printf ' -Djpackage.app-path="$APP_PATH"'
  printf ' -cp "%s" %s "$@"\n' "$classpath" "$mainclass"
}

{
  echo '#!/bin/sh'
  echo '# mailpath: starts the bundled Java runtime (installers/linux/launcher.sh wrote this).'
  echo 'APP_PATH=$(readlink -f "$0")'
  echo 'APPDIR=$(dirname "$(dirname "$APP_PATH")")/lib/app'
  echo 'case "${1:-}" in'
  echo '--version | -V | history)'
  java_line "${others[@]}"
  echo '  ;;'
  echo 'esac'
  java_line "${others[@]}" "${archive[@]}" | sed "s/^  //"
} >"$launcher.sh"
chmod 755 "$launcher.sh"
mv "$launcher.sh" "$launcher"
echo "launcher: $launcher is a script now"
