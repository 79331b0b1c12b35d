#!/usr/bin/env bash
# Records an AppCDS archive for the Linux app image and makes its launcher use it.
# Usage: installers/linux/appcds.sh IMAGE_DIR   (IMAGE_DIR holds mailpath/bin/mailpath)
#
# A training run of the packaged launcher writes, at exit, the classes it loaded
# (-XX:ArchiveClassesAtExit, on top of the base archive jlink generated in the runtime); the
# launcher's configuration then names it (-XX:SharedArchiveFile). JDK 17 accepts the archive only
# if the class path is the one recorded, so the training run sees the image at the path the .deb
# and .rpm install it to, /opt/mailpath, through a private mount namespace (unshare): nothing is
# written outside the image. It opens the window and closes it once shown
# (mailpath.exitAfterStartup), under xvfb-run when there is no DISPLAY, so the archive holds
# JavaFX, picocli and SQLite; without any display it runs `history list` only.
# If the archive cannot be used later (the app moved, another JDK build), the JVM starts without
# it, only slower, and silently (-Xlog:cds*=off keeps stdout clean for the command line).
set -euo pipefail
INSTALL_DIR=/opt/mailpath

if [ "${1:-}" = --train ]; then # inside the namespace
  mount -t tmpfs none /opt
  mkdir "$INSTALL_DIR"
  mount --bind "$2" "$INSTALL_DIR"
  data=$(mktemp -d)
  export MAILPATH_HOME=$data
  export JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$INSTALL_DIR/lib/app/mailpath.jsa
    -Dmailpath.exitAfterStartup=true -Dmailpath.trainingTrace=alice@dane.mail.test -Xlog:cds*=off"
  if [ -n "${DISPLAY:-}" ]; then
    timeout 120 "$INSTALL_DIR/bin/mailpath" gui >&2
  elif command -v xvfb-run >/dev/null; then
    timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$INSTALL_DIR/bin/mailpath" gui >&2
  else
    echo "appcds: no display for a window training run; training with 'history list'" >&2
    "$INSTALL_DIR/bin/mailpath" history list >/dev/null
  fi
  rm -rf "$data"
  exit 0
fi

IMAGE=$(cd "$1/mailpath" && pwd)
APP="$IMAGE/lib/app"
rm -f "$APP/mailpath.jsa"
ns=(unshare --mount)
[ "$(id -u)" = 0 ] || ns=(unshare --map-root-user --mount)
if ! "${ns[@]}" "$0" --train "$IMAGE" 2>"$IMAGE/../appcds.log" || [ ! -s "$APP/mailpath.jsa" ]; then
  echo "appcds: no archive recorded (see $IMAGE/../appcds.log); the packages start without one" >&2
  rm -f "$APP/mailpath.jsa"
  exit 0
fi
# jpackage expands $APPDIR in the launcher configuration; [JavaOptions] is its last section.
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/mailpath.jsa' \
  'java-options=-Xlog:cds*=off' >>"$APP/mailpath.cfg"
echo "appcds: $(du -h "$APP/mailpath.jsa" | cut -f1) archive for $INSTALL_DIR"
