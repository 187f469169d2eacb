#!/usr/bin/env bash
# Builds a self-contained Patina application with jpackage (part of the JDK): an app image by
# default, or a Debian package with --deb (needs fakeroot). The runtime holds only the JDK modules
# Patina uses, found with jdeps.
set -euo pipefail
cd "$(dirname "$0")/.."
type=app-image
[ "${1:-}" = "--deb" ] && type=deb

[ -f target/patina.jar ] || mvn -q -DskipTests package
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/patina.jar)
# jdk.crypto.ec is not found by jdeps but HTTPS-free Patina needs none; java.prefs holds recent files.
modules="$modules,java.prefs,jdk.unsupported"

# File associations only exist for installable packages, not for a bare app image.
assoc=()
[ "$type" = deb ] && assoc=(--file-associations installer/patina-project.properties)
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/patina.jar target/jpackage-input/
jpackage --type "$type" --name Patina --app-version 0.1.0 \
    --vendor "Patina" --description "Photo finishing for AI-generated images" \
    --input target/jpackage-input --main-jar patina.jar --main-class dev.patina.Main \
    --add-modules "$modules" \
    --java-options "-XX:MaxRAMPercentage=60" \
    --icon installer/patina.png \
    "${assoc[@]}" \
    --dest target/installer
echo "built: $(ls -d target/installer/*)"
