#!/usr/bin/env bash
# Builds a self-contained Patina application with jpackage (part of the JDK): an app image by
# default (target/installer/Patina, run bin/Patina), or a Debian package with --deb (needs
# fakeroot; installs to /opt/patina). The runtime holds the JDK modules listed below.
set -euo pipefail
cd "$(dirname "$0")/.."
type=app-image
[ "${1:-}" = "--deb" ] && type=deb

[ -f target/patina.jar ] || mvn -q -DskipTests package

# The runtime's modules, listed explicitly: jdeps on the shaded jar sees only java.base (the
# classes of a multi-release fat jar are not followed), so a runtime built from it had no
# javax.imageio or Swing.
#   java.desktop     ImageIO codecs, Java2D, Swing (editor), java.beans (picocli)
#   java.datatransfer clipboard, drag and drop (required by java.desktop)
#   java.xml         XMP (metadata-extractor, TwelveMonkeys), SVG icons (jsvg), ImageIO metadata trees
#   java.logging     FlatLaf and jsvg log through java.util.logging
#   java.prefs       settings and recent files
#   java.sql         Jackson's java.sql.Date/Timestamp handlers (referenced by jackson-databind)
#   jdk.unsupported  sun.misc.Unsafe, used by FlatLaf and Jackson when present
modules=java.base,java.desktop,java.datatransfer,java.xml,java.logging,java.prefs,java.sql,jdk.unsupported

# File associations, a menu entry and the licence only exist for installable packages, not for a
# bare app image.
extra=()
if [ "$type" = deb ]; then
    extra=(--file-associations installer/patina-project.properties --linux-shortcut
           --linux-menu-group "Graphics;Photography" --linux-package-name patina
           --license-file LICENSE)
fi
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/patina.jar LICENSE THIRD-PARTY-NOTICES target/jpackage-input/
jpackage --type "$type" --name Patina --app-version 0.1.0 \
    --vendor "Patina" --description "Photo finishing for AI-generated images" \
    --input target/jpackage-input --main-jar patina.jar --main-class dev.patina.Main \
    --add-modules "$modules" \
    --java-options "-XX:MaxRAMPercentage=60" \
    --icon installer/patina.png \
    "${extra[@]}" \
    --dest target/installer
echo "built: $(ls -d target/installer/*)"
