#!/usr/bin/env bash
# Builds the macOS app-image (.app) and .dmg of Campus Pilot (run on macOS, after `mvn -B package`, or through
# `mvn -B package -Pdist`). Needs a JDK 17 with jlink and jpackage. Signing and notarisation: see packaging/README.md.
# Usage: packaging/macos/build.sh VERSION
set -euo pipefail
version="${1:?version}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$root/target"
dist="${DIST_DIR:-$target/dist}"
name="campus-pilot"

rm -rf "$dist"
mkdir -p "$dist/input" "$dist/jfx" "$dist/x"
cp "$target/$name.jar" "$dist/input/"
for jar in "$target"/lib/*.jar; do
    case "$(basename "$jar")" in javafx-*) ;; *) cp "$jar" "$dist/input/" ;; esac
done
cp "$target"/lib/javafx-*-mac*.jar "$dist/jfx/"

jlink --module-path "$dist/jfx" \
    --add-modules java.base,java.sql,java.logging,java.desktop,jdk.unsupported,jdk.localedata,javafx.controls,javafx.fxml \
    --include-locales fr,fr-FR,en,en-GB,en-US \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive \
    --output "$dist/runtime"

# JavaFX's .dylib files go into the runtime's lib: nothing is unpacked into the user's home.
for jar in "$dist"/jfx/*.jar; do (cd "$dist/x" && jar xf "$jar"); done
cp "$dist"/x/*.dylib "$dist/runtime/lib/"

common=(--name "Campus Pilot" --app-version "$version" --vendor "Campus Pilot"
    --icon "$root/packaging/icon/campus-pilot.icns")
jpackage --type app-image "${common[@]}" --input "$dist/input" --main-jar "$name.jar" \
    --main-class org.campuspilot.app.Launcher --runtime-image "$dist/runtime" \
    --java-options "-Dfile.encoding=UTF-8" --mac-package-identifier org.campuspilot \
    --java-options "-XX:+UseSerialGC" --java-options "-XX:MinHeapFreeRatio=10" \
    --java-options "-XX:MaxHeapFreeRatio=30" \
    --mac-package-name "Campus Pilot" --dest "$dist"
"$dist/Campus Pilot.app/Contents/MacOS/Campus Pilot" --version

jpackage --type dmg "${common[@]}" --app-image "$dist/Campus Pilot.app" --license-file "$root/LICENSE" \
    --dest "$dist"
ls -l "$dist"/*.dmg
