#!/usr/bin/env bash
# CI check of the Linux packages: builds the .deb and .rpm with `./mvnw -Pinstallers package`,
# installs the .deb as a user would, uses the installed app (version, a lab trace, a PDF report,
# the window under Xvfb with a screenshot that must not be blank), then removes it and checks
# that nothing is left. Runs as root on Debian 12. Usage: .ci/installer-check.sh [OUT_DIR]
# OUT_DIR (default: a temporary folder) keeps the screenshot, the PDF and the logs.
# MAILPATH_REUSE_PACKAGES=1 skips the build and checks the packages in target/installer.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-$(mktemp -d /tmp/mailpath-installer.XXXXXX)}
mkdir -p "$OUT"
INSTALL_DIR=/opt/mailpath
MIN_COLOURS=50 # an empty or all-grey screen has a handful of colours; the window has hundreds

export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends fakeroot rpm zip xvfb xauth libgtk-3-0 libgl1 \
  imagemagick poppler-utils util-linux >/dev/null

step() { printf '\n== %s\n' "$*"; }
fail() { echo "installer-check: $*" >&2; exit 1; }

step "build the packages"
# xz, dpkg-deb's default, takes minutes of CPU on this ~190 MB image; zstd takes seconds. The
# content is the same; release builds (the GitHub workflow) keep the default.
export DPKG_DEB_COMPRESSOR_TYPE=zstd DPKG_DEB_COMPRESSOR_LEVEL=3
started=$SECONDS
if [ "${MAILPATH_REUSE_PACKAGES:-}" != 1 ]; then # 1: check the packages already built
  ./mvnw -B -q -Pinstallers package -DskipTests >"$OUT/build.log" 2>&1 \
    || { tail -40 "$OUT/build.log"; fail "the installer build failed"; }
fi
deb=$(ls target/installer/mailpath_*.deb)
rpm_file=$(ls target/installer/mailpath-*.rpm)
ls -l "$deb" "$rpm_file"
echo "built in $((SECONDS - started)) s"
# (no `producer | grep -q` under pipefail: grep quitting early fails the producer with SIGPIPE)
grep -qx 'gtk3' <<<"$(rpm -qpR "$rpm_file")" || fail "the .rpm does not require gtk3"
grep -q 'libgtk-3-0' <<<"$(dpkg-deb -f "$deb" Depends)" || fail "the .deb does not need libgtk-3-0"

step "install the .deb"
# The folders a desktop system has, so that xdg-desktop-menu adds the menu entry; without them
# the package installs all the same, without the entry (installers/linux/deb/postinst).
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
dpkg -i "$deb" >/dev/null 2>&1 || apt-get install -f -y -qq >/dev/null
[ "$(dpkg-query -W -f='${Status}' mailpath)" = "install ok installed" ] \
  || fail "dpkg did not install mailpath"
desktop=/usr/share/applications/mailpath-mailpath.desktop
[ -f "$desktop" ] || fail "no menu entry $desktop"
grep -q '^Categories=.*Network' "$desktop" || fail "the desktop entry has no Network category"
grep -q '^Icon=' "$desktop" || fail "the desktop entry has no icon"
bin=$INSTALL_DIR/bin/mailpath

step "use the installed app"
home=$(mktemp -d)
export MAILPATH_HOME=$home
version=$("$bin" --version)
echo "$version"
[[ "$version" == "mailpath "* ]] || fail "unexpected --version output: $version"
# The archive shipped must be the one the JVM maps: JDK 17 silently ignores an archive whose jars
# have other modification times than when it was recorded (installers/linux/keep-cds-times.sh).
if [ -f "$INSTALL_DIR/lib/app/mailpath.jsa" ]; then
  # The launcher maps the archive for the window and the commands that trace or render, not for
  # --version and history (installers/linux/launcher.sh).
  archived=$(JAVA_TOOL_OPTIONS=-Xlog:class+load "$bin" --help 2>/dev/null \
    | grep -c 'source: shared objects file (top)' || true)
  echo "classes from the AppCDS archive for --help: $archived"
  [ "$archived" -gt 0 ] || fail "the installed app does not use its AppCDS archive"
  archived=$(JAVA_TOOL_OPTIONS=-Xlog:class+load "$bin" --version 2>/dev/null \
    | grep -c 'source: shared objects file (top)' || true)
  echo "classes from the AppCDS archive for --version: $archived"
  [ "$archived" -eq 0 ] || fail "--version maps the AppCDS archive, which only slows it"
fi
"$bin" trace alice@good.mail.test --timeout 60 >"$OUT/trace.txt" 2>&1 \
  || { cat "$OUT/trace.txt"; fail "the lab trace failed"; }
tail -n 3 "$OUT/trace.txt"
# Times for the log (not a check: performance is measured by the benchmarks, README): a cold
# process each, with the package's AppCDS archive.
TIMEFORMAT='(%R s wall, %U s user)'
time "$bin" history list
time "$bin" report latest --pdf "$OUT/report.pdf"
unset TIMEFORMAT
pdfinfo "$OUT/report.pdf" | grep -E '^Pages:'
pdftotext "$OUT/report.pdf" "$OUT/report.txt"
grep -q 'good.mail.test' "$OUT/report.txt" || fail "the PDF does not name the domain"

step "open the window under Xvfb"
# The app marks the moments its window's first frame is drawn and then the whole window
# (mailpath.startupProbe: one line each); wait for the second, not for a fixed time, then take
# screenshots until one shows more than an empty screen (on a loaded machine the frames can come
# seconds later).
shown=$OUT/window-shown
rm -f "$shown"
JAVA_TOOL_OPTIONS="-Dmailpath.startupProbe=$shown" \
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  started=\$(date +%s%3N)
  '$bin' >'$OUT/window.log' 2>&1 & app=\$!
  for _ in \$(seq 240); do [ \$(cat '$shown' 2>/dev/null | wc -l) -ge 2 ] && break; sleep 0.5; done
  [ -s '$shown' ] && echo \"window shown after \$(( \$(head -1 '$shown') - started )) ms,\" \
    \"whole after \$(( \$(tail -1 '$shown') - started )) ms\"
  for _ in \$(seq 15); do
    sleep 2
    import -window root '$OUT/window.png'
    [ \$(identify -format %k '$OUT/window.png') -gt $MIN_COLOURS ] && break
  done
  kill \$app; wait \$app || true"
[ -s "$shown" ] || fail "the window was not shown within 120 s (see $OUT/window.log)"
colours=$(identify -format '%k' "$OUT/window.png")
echo "screenshot: $OUT/window.png, $colours colours"
[ "$colours" -gt "$MIN_COLOURS" ] || fail "the screenshot looks blank ($colours colours)"
if grep -q 'Unsupported JavaFX configuration' "$OUT/window.log"; then
  fail "JavaFX was loaded from the class path"
fi

step "remove the .deb"
dpkg -r mailpath >/dev/null
[ "$(dpkg-query -W -f='${Status}' mailpath 2>/dev/null)" != "install ok installed" ] \
  || fail "mailpath is still installed after dpkg -r"
[ ! -e "$INSTALL_DIR" ] || fail "$INSTALL_DIR is left after dpkg -r"
[ ! -e "$desktop" ] || fail "$desktop is left after dpkg -r"
rm -rf "$home"
echo "installer-check: ok ($OUT)"
