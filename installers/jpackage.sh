#!/usr/bin/env bash
# Builds mailpath's installers for the OS it runs on (jpackage cannot cross-build):
#   Linux: target/installer/mailpath_VERSION_amd64.deb and mailpath-VERSION-1.x86_64.rpm
#   Windows: target/installer/mailpath-VERSION.msi     macOS: target/installer/mailpath-VERSION.dmg
# Called by `./mvnw -Pinstallers package` after target/classes and target/installer/lib (every
# runtime dependency, copied by the profile) exist. Runs under bash: Git Bash on Windows.
#
# JavaFX runs from the module path: its platform jars are linked into the trimmed runtime by jlink
# (so no "Unsupported JavaFX configuration" warning); the application and its other dependencies
# stay on the class path. An AppCDS archive recorded in a training run is shipped beside the jars.
#
# Environment: JDK17_HOME (default JAVA_HOME) must be a JDK 17 with jmods/;
#   MAILPATH_INSTALLER_TYPES overrides the package types (e.g. "deb" or "app-image" alone).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
JDK=${JDK17_HOME:-${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}
[ -d "$JDK/jmods" ] || { echo "$JDK has no jmods/: jlink needs them (set JDK17_HOME)" >&2; exit 2; }
[ -d target/classes ] && [ -d target/installer/lib ] \
  || { echo "run ./mvnw -Pinstallers package, not this script alone" >&2; exit 2; }

case "$(uname -s)" in
  Linux) OS=linux; TYPES=${MAILPATH_INSTALLER_TYPES:-"deb rpm"} ;;
  Darwin) OS=macos; TYPES=${MAILPATH_INSTALLER_TYPES:-dmg} ;;
  MINGW* | MSYS* | CYGWIN*) OS=windows; TYPES=${MAILPATH_INSTALLER_TYPES:-msi} ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 2 ;;
esac
# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -n 1)
OUT=target/installer
rm -rf "$OUT/fx" "$OUT/input" "$OUT/runtime" "$OUT/image" "$OUT"/*.deb "$OUT"/*.rpm
mkdir -p "$OUT/fx" "$OUT/input"

# JavaFX's platform jars (classifier linux/win/mac…, the ones with module-info and native
# libraries) go to the module path; its classifier-less jars are empty stand-ins and are dropped.
for jar in "$OUT"/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-[0-9]*.[0-9]*.[0-9]*-*.jar) cp "$jar" "$OUT/fx/" ;;
    javafx-*) ;;
    *) cp "$jar" "$OUT/input/" ;;
  esac
done
# Bouncy Castle's jars are signed; CDS does not archive classes from signed jars, and nothing here
# checks the signatures (OpenJDK needs none for a provider), so the copies go unsigned. Only Linux
# packages carry an archive (installers/linux/appcds.sh).
if [ "$OS" = linux ]; then
  for jar in "$OUT"/input/bc*.jar; do
    zip -q -d "$jar" 'META-INF/*.SF' 'META-INF/*.DSA' 'META-INF/*.RSA' 'META-INF/*.EC' || true
  done
fi
"$JDK/bin/jar" --create --file "$OUT/input/mailpath.jar" \
  --manifest <(printf 'Implementation-Version: %s\nMulti-Release: true\n' "$VERSION") \
  -C target/classes .

# Runtime modules: `jdeps --print-module-deps` on the jars, plus what is loaded reflectively:
#   jdk.naming.dns  JNDI "dns:" provider; dnsjava falls back to it for the system resolvers
#   jdk.crypto.ec   EC keys and ECDHE for JSSE (MTA-STS over HTTPS); a provider jdeps cannot see
#   javafx.controls the window (pulls javafx.graphics and javafx.base)
MODULES=java.base,java.desktop,java.logging,java.naming,jdk.naming.dns,java.sql,jdk.crypto.ec
MODULES=$MODULES,jdk.unsupported,javafx.controls
SEP=':'
[ "$OS" = windows ] && SEP=';'
"$JDK/bin/jlink" --module-path "$JDK/jmods$SEP$OUT/fx" --add-modules "$MODULES" \
  --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
  --output "$OUT/runtime"
# jlink keeps a modular jar's native libraries as module resources, which JavaFX would unpack into
# ~/.openjfx/cache at every new version; put them where the JDK's own libraries are instead.
NATIVE="$OUT/runtime/lib"
[ "$OS" = windows ] && NATIVE="$OUT/runtime/bin"
for jar in "$OUT"/fx/*.jar; do
  libs=$("$JDK/bin/jar" --list --file "$jar" | grep -E '^[^/]+\.(so|dll|dylib)$' || true)
  [ -z "$libs" ] || (cd "$NATIVE" && "$JDK/bin/jar" --extract --file "$ROOT/$jar" $libs)
done

ICON=installers/$OS/mailpath.png
[ "$OS" = windows ] && ICON=installers/windows/mailpath.ico
[ "$OS" = macos ] && ICON=installers/macos/mailpath.icns
# -XX:TieredStopAtLevel=1: the client compiler only. mailpath's processes are short (a command)
# or wait on the network (the window); measured on the 2-core machine, a cold `report --pdf`
# spent about half the CPU time with it (2.4 s against 4.3-5.4 s, README), most of it the server
# compiler's work for code that runs once.
"$JDK/bin/jpackage" --type app-image --name mailpath --app-version "$VERSION" \
  --java-options -XX:TieredStopAtLevel=1 \
  --vendor mailpath --description "Desktop mail-path analyzer" --icon "$ICON" \
  --input "$OUT/input" --main-jar mailpath.jar --main-class org.mailpath.Main \
  --runtime-image "$OUT/runtime" --dest "$OUT/image"

if [ "$OS" = linux ]; then
  installers/linux/appcds.sh "$OUT/image"
  installers/linux/launcher.sh "$OUT/image"
fi

for type in $TYPES; do
  [ "$type" = app-image ] && continue
  args=(--type "$type" --app-image "$OUT/image/$([ "$OS" = macos ] && echo mailpath.app || echo mailpath)"
    --name mailpath --app-version "$VERSION" --vendor mailpath
    --description "Desktop mail-path analyzer" --dest "$OUT")
  case "$OS" in
    linux)
      deps=libgtk-3-0
      [ "$type" = rpm ] && deps=gtk3
      # deb/: postinst and prerm that add the menu entry where there is a desktop menu, and
      # still install and remove cleanly where there is none (servers, CI)
      [ "$type" = deb ] && args+=(--resource-dir installers/linux/deb)
      args+=(--icon "$ICON" --linux-shortcut --linux-menu-group "Network;Email;"
        --linux-app-category net --linux-package-deps "$deps") ;;
    windows)
      args+=(--win-per-user-install --win-menu --win-menu-group mailpath --win-shortcut
        --win-upgrade-uuid 2f0c1a56-6d1e-4f6b-9a0e-3c1f8b7d9e41) ;;
    macos) args+=(--icon "$ICON") ;;
  esac
  "$JDK/bin/jpackage" "${args[@]}"
  if [ "$type" = deb ]; then installers/linux/keep-cds-times.sh "$OUT"/mailpath_*.deb "$OUT/image"; fi
done
ls -l "$OUT"
