#!/usr/bin/env bash
# CI check of the Linux packages: builds the .deb and .rpm with `./mvnw -Pinstallers package`,
# installs the .deb as a user would, uses the installed app (version, a lab trace, a PDF report,
# the window under Xvfb with a screenshot that must not be blank), then removes it and checks
# that nothing is left. Runs as root on Debian 12. Usage: .ci/installer-check.sh [OUT_DIR]
# OUT_DIR (default: a temporary folder) keeps the screenshot, the PDF and the logs.
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
./mvnw -B -q -Pinstallers package -DskipTests >"$OUT/build.log" 2>&1 \
  || { tail -40 "$OUT/build.log"; fail "the installer build failed"; }
deb=$(ls target/installer/mailpath_*.deb)
rpm_file=$(ls target/installer/mailpath-*.rpm)
ls -l "$deb" "$rpm_file"
echo "built in $((SECONDS - started)) s"
rpm -qpR "$rpm_file" | grep -qx 'gtk3' || fail "the .rpm does not require gtk3"
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' || fail "the .deb does not depend on libgtk-3-0"

step "install the .deb"
# The folders a desktop system has, so that xdg-desktop-menu adds the menu entry; without them
# the package installs all the same, without the entry (installers/linux/deb/postinst).
mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
dpkg -i "$deb" >/dev/null 2>&1 || apt-get install -f -y -qq >/dev/null
dpkg -s mailpath | grep -q '^Status: install ok installed' || fail "dpkg did not install mailpath"
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
"$bin" trace alice@good.mail.test --timeout 60 >"$OUT/trace.txt" 2>&1 \
  || { cat "$OUT/trace.txt"; fail "the lab trace failed"; }
tail -n 3 "$OUT/trace.txt"
"$bin" history list
"$bin" report latest --pdf "$OUT/report.pdf"
pdfinfo "$OUT/report.pdf" | grep -E '^Pages:'
pdftotext "$OUT/report.pdf" - | grep -q 'good.mail.test' || fail "the PDF does not name the domain"

step "open the window under Xvfb"
xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$bin' >'$OUT/window.log' 2>&1 & app=\$!
  sleep 12
  import -window root '$OUT/window.png'
  kill \$app; wait \$app || true"
colours=$(identify -format '%k' "$OUT/window.png")
echo "screenshot: $OUT/window.png, $colours colours"
[ "$colours" -gt "$MIN_COLOURS" ] || fail "the screenshot looks blank ($colours colours)"
if grep -q 'Unsupported JavaFX configuration' "$OUT/window.log"; then
  fail "JavaFX was loaded from the class path"
fi

step "remove the .deb"
dpkg -r mailpath >/dev/null
! dpkg -s mailpath 2>/dev/null | grep -q '^Status: install ok installed' || fail "still installed"
[ ! -e "$INSTALL_DIR" ] || fail "$INSTALL_DIR is left after dpkg -r"
[ ! -e "$desktop" ] || fail "$desktop is left after dpkg -r"
rm -rf "$home"
echo "installer-check: ok ($OUT)"
