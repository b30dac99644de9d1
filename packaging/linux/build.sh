#!/usr/bin/env bash
# Builds the Linux app-image and .deb of Campus Pilot with a trimmed runtime (jlink) and jpackage.
# Called by `mvn -B package -Pdist` after the jar and target/lib/ exist; see packaging/README.md.
# Usage: packaging/linux/build.sh VERSION [--no-deb]
set -euo pipefail

version="${1:?version}"
want_deb="yes"
[[ "${2:-}" == "--no-deb" ]] && want_deb="no"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
target="$root/target"
dist="${DIST_DIR:-$target/dist}"
name="campus-pilot"

for tool in jlink jpackage jar; do
    command -v "$tool" >/dev/null || { echo "$tool introuvable : installez un JDK 17 complet (jlink, jpackage)." >&2; exit 2; }
done

rm -rf "$dist"
mkdir -p "$dist/input" "$dist/jfx"

# The application's jars go on the class path, exactly those its manifest names; JavaFX does not (it becomes named
# modules of the runtime).
cp "$target/$name.jar" "$dist/input/"
(cd "$dist" && jar xf "$target/$name.jar" META-INF/MANIFEST.MF)
classpath="$(tr -d '\r' < "$dist/META-INF/MANIFEST.MF" | sed -n '/^Class-Path:/,/^[A-Za-z-]*:/p' \
    | sed -e 's/^Class-Path: //' -e '/^[A-Za-z-]*:/d' -e 's/^ //' | tr -d '\n')"
rm -rf "$dist/META-INF"
for entry in $classpath; do
    jar="$(basename "$entry")"
    case "$jar" in
        javafx-*) ;;
        *) cp "$target/lib/$jar" "$dist/input/" ;;
    esac
done

# JavaFX modules straight from the Maven platform jars (no jmods needed).
cp "$target"/lib/javafx-*-linux.jar "$dist/jfx/"

# A trimmed runtime: the JDK modules the application and JavaFX need, French and English locale data, and a
# class-data-sharing archive of the runtime's own classes (a jlinked runtime has none by default).
jlink \
    --module-path "$dist/jfx" \
    --add-modules java.base,java.sql,java.logging,java.desktop,jdk.unsupported,jdk.localedata,javafx.controls,javafx.fxml \
    --include-locales fr,fr-FR,en,en-GB,en-US \
    --strip-debug --no-header-files --no-man-pages --compress=2 \
    --generate-cds-archive \
    --output "$dist/runtime"

# The JavaFX native libraries go into the runtime's lib: nothing is unpacked into the user's home at start-up.
for jar in "$dist"/jfx/*.jar; do
    mkdir -p "$dist/jfx/x" && (cd "$dist/jfx/x" && jar xf "$jar")
    find "$dist/jfx/x" -maxdepth 1 -name '*.so' -exec cp {} "$dist/runtime/lib/" \;
    rm -rf "$dist/jfx/x"
done

java_options=(
    "-Dfile.encoding=UTF-8"
    "-Xshare:auto"
    # The window's memory: the heap gives back what it does not use (decision 0030; the same as the pom's javafx:run).
    "-XX:+UseSerialGC"
    "-XX:MinHeapFreeRatio=10"
    "-XX:MaxHeapFreeRatio=30"
)
options=()
for o in "${java_options[@]}"; do options+=(--java-options "$o"); done

jpackage \
    --type app-image \
    --name "$name" \
    --app-version "$version" \
    --vendor "Campus Pilot" \
    --description "Campus des métiers et des qualifications : le réseau, les événements, les actions, la subvention" \
    --copyright "Apache License 2.0" \
    --input "$dist/input" \
    --main-jar "$name.jar" \
    --main-class org.campuspilot.app.Launcher \
    --runtime-image "$dist/runtime" \
    --icon "$root/packaging/icon/campus-pilot-256.png" \
    "${options[@]}" \
    --add-launcher "$name-cli=$here/cli-launcher.properties" \
    --dest "$dist"

app="$dist/$name"

# A class-data-sharing archive of the application's own classes, made by one training run on the demo campus to the
# frame that shows the tableau de bord's figures (a virtual display is used when there is none; without one, a
# headless command trains the non-graphical part). Java 17 cannot create it on the user's first run
# (-XX:+AutoCreateSharedArchive came with Java 19): decisions 0011 and 0028.
jsa="$app/lib/app/$name.jsa"
train_dir="$(mktemp -d)"
# Through the launcher itself, so that the archive records exactly the class path the launcher uses.
train_options="-XX:ArchiveClassesAtExit=$jsa -Dcampuspilot.exitAfterFirstFrame=true"
if [[ -n "${DISPLAY:-}" ]] || command -v xvfb-run >/dev/null; then
    wrapper=()
    [[ -z "${DISPLAY:-}" ]] && wrapper=(xvfb-run -a)
    "$app/bin/$name" --data "$train_dir" demo --db "$train_dir/demo.campuspilot" >/dev/null 2>&1 || true
    JAVA_TOOL_OPTIONS="$train_options" "${wrapper[@]}" "$app/bin/$name" --db "$train_dir/demo.campuspilot" \
        --data "$train_dir" >/dev/null 2>&1 || true
fi
if [[ ! -s "$jsa" ]]; then
    JAVA_TOOL_OPTIONS="$train_options" "$app/bin/$name" --data "$train_dir" demo --db "$train_dir/demo2.campuspilot" \
        >/dev/null 2>&1
fi
rm -rf "$train_dir"
if [[ -s "$jsa" ]]; then
    for cfg in "$app/lib/app/$name.cfg" "$app/lib/app/$name-cli.cfg"; do
        echo "java-options=-XX:SharedArchiveFile=\$APPDIR/$name.jsa" >> "$cfg"
    done
fi

# The check: both launchers answer --version.
for launcher in "$name" "$name-cli"; do
    answer="$("$app/bin/$launcher" --version)"
    echo "$answer"
    [[ "$answer" == *"$version"* ]] || { echo "Le lanceur $launcher ne répond pas --version $version" >&2; exit 1; }
done

if [[ "$want_deb" == "yes" ]]; then
    command -v dpkg-deb >/dev/null || { echo "dpkg-deb introuvable : pas de .deb sur ce système." >&2; exit 0; }
    # The installed copy lives in /opt/campus-pilot: the archive made here would not match there (the postinst makes
    # its own), so the package is built from a copy without it.
    staged="$dist/deb-image/$name"
    mkdir -p "$dist/deb-image"
    cp -a "$app" "$staged"
    chmod -R u+w "$staged"
    rm -f "$staged/lib/app/$name.jsa"
    sed -i '/SharedArchiveFile/d' "$staged/lib/app/$name.cfg" "$staged/lib/app/$name-cli.cfg"
    jpackage \
        --type deb \
        --app-image "$staged" \
        --name "$name" \
        --app-version "$version" \
        --vendor "Campus Pilot" \
        --description "Campus des métiers et des qualifications : le réseau, les événements, les actions, la subvention" \
        --license-file "$root/LICENSE" \
        --icon "$root/packaging/icon/campus-pilot-256.png" \
        --resource-dir "$here/resources" \
        --linux-shortcut \
        --linux-menu-group "Education;Office" \
        --linux-app-category education \
        --linux-deb-maintainer "campus-pilot@example.org" \
        --dest "$dist"
    ls -l "$dist"/*.deb
fi
