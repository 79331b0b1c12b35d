#!/bin/sh
# Builds a self-contained Linux app image of mailpath with a trimmed Java runtime:
#   target/installer/mailpath/bin/mailpath
# Usage: installers/linux/build-app-image.sh [--skip-build]
#   --skip-build   use the existing target/mailpath.jar instead of running ./mvnw package
# Environment: JDK17_HOME (default: JAVA_HOME if it is a JDK 17, else the Debian JDK 17).
# Temurin 25 ships no jmods, so jlink/jpackage must come from a JDK that has them (ENVIRONMENT.md).
set -eu

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

if [ -z "${JDK17_HOME:-}" ]; then
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "17'; then
    JDK17_HOME=$JAVA_HOME
  else
    JDK17_HOME=/usr/lib/jvm/java-17-openjdk-amd64
  fi
fi
JPACKAGE="$JDK17_HOME/bin/jpackage"
[ -x "$JPACKAGE" ] || { echo "no jpackage at $JPACKAGE; set JDK17_HOME" >&2; exit 2; }
[ -d "$JDK17_HOME/jmods" ] || { echo "$JDK17_HOME has no jmods: jlink needs them" >&2; exit 2; }

if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -q -B package -DskipTests
fi
[ -f target/mailpath.jar ] || { echo "target/mailpath.jar missing: run ./mvnw package" >&2; exit 2; }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT -> 0.1.0
VERSION=$(sed -n 's:^  <version>\([0-9.]*\).*</version>:\1:p' pom.xml | head -n 1)

# Modules, from `jdeps --print-module-deps` on the shaded jar plus what is loaded reflectively:
#   java.base java.desktop java.sql java.naming jdk.unsupported   found by jdeps
#   java.logging      java.util.logging (JavaFX, sqlite-jdbc), required by java.sql anyway
#   jdk.naming.dns    JNDI "dns:" provider; dnsjava falls back to it for the system resolvers
#   (java.net.http is not needed: the MTA-STS fetch uses an SSLSocket, docs/decisions/0005)
#   jdk.crypto.ec     EC keys and ECDHE for JSSE (HTTPS); a provider jdeps cannot see
# Left out: jdk.jfr (only JavaFX's optional pulse logger refers to it).
MODULES=java.base,java.desktop,java.logging,java.naming,jdk.naming.dns,java.sql,jdk.crypto.ec,jdk.unsupported

OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp target/mailpath.jar "$OUT/input/"

"$JPACKAGE" \
  --type app-image \
  --name mailpath \
  --app-version "$VERSION" \
  --vendor mailpath \
  --description "Desktop mail-path analyzer" \
  --input "$OUT/input" \
  --main-jar mailpath.jar \
  --main-class org.mailpath.Main \
  --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  --dest "$OUT"

rm -rf "$OUT/input"
echo "app image: $OUT/mailpath ($(du -sh "$OUT/mailpath" | cut -f1))"
