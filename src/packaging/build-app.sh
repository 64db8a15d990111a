#!/usr/bin/env bash
# Builds the runnable app image and the .deb with JDK 17's jlink and jpackage.
# Called by `./mvnw -Ppackage package` after the jar is built and the runtime dependencies are copied
# to target/jpackage/deps; see README.md (Packaging). Linux only (the JavaFX jars are the linux ones).
#
#   build-app.sh PROJECT_VERSION MAIN_JAR
#
# ALVH_PACKAGE_TYPES (default "app-image deb") picks what to build; "app-image" alone needs no fakeroot.
set -euo pipefail
cd "$(dirname "$0")/../.."

version="${1:?project version}"
main_jar="${2:?main jar}"
app_version="${version%%-*}"            # jpackage wants digits and dots: 0.1.0-SNAPSHOT -> 0.1.0
types="${ALVH_PACKAGE_TYPES:-app-image deb}"
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
jlink="$java_home/bin/jlink"
jpackage="$java_home/bin/jpackage"
jdeps="$java_home/bin/jdeps"
jar="$java_home/bin/jar"
out=target/jpackage
deps="$out/deps"
name=alvh-workbench

for tool in "$jlink" "$jpackage" "$jdeps"; do
  [[ -x "$tool" ]] || { echo "error: $tool not found (a full JDK 17 is needed)" >&2; exit 1; }
done
[[ -d "$java_home/jmods" ]] || { echo "error: $java_home/jmods not found: jlink needs the JDK's jmods (Debian: openjdk-17-jdk-headless; Temurin has them)" >&2; exit 1; }
[[ -f "$main_jar" ]] || { echo "error: $main_jar not built" >&2; exit 1; }

rm -rf "$out/input" "$out/runtime" "$out/$name" "$out"/*.deb
mkdir -p "$out/input"

# The application classpath: the main jar and every runtime jar except JavaFX, which goes into the runtime.
cp "$main_jar" "$out/input/$name.jar"
find "$deps" -maxdepth 1 -name '*.jar' ! -name 'javafx-*' -exec cp {} "$out/input/" \;
# Shipped inside the image (lib/app/sample-data) so both launchers find the history (-Dalvh.data=$APPDIR/sample-data).
cp -r sample-data "$out/input/sample-data"

# The runtime: the JDK modules the jars use plus JavaFX as real modules, from the linux jars of Maven Central.
fx_jars=$(find "$deps" -maxdepth 1 -name 'javafx-*-linux.jar' | sort | paste -sd: -)
[[ -n "$fx_jars" ]] || { echo "error: no javafx-*-linux.jar in $deps" >&2; exit 1; }
jdk_modules=$("$jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps \
  --module-path "$fx_jars" --class-path "$(find "$out/input" -name '*.jar' | paste -sd: -)" \
  "$out/input/$name.jar" | tr -d '[:space:]')
# jdeps cannot see reflection: jdk.unsupported (JavaFX, Commons), jdk.localedata (number formats),
# jdk.zipfs (zip file systems).
modules="$jdk_modules,jdk.unsupported,jdk.localedata,jdk.zipfs,javafx.base,javafx.graphics,javafx.controls,javafx.swing"
echo "jlink modules: $modules"
"$jlink" --module-path "$java_home/jmods:$fx_jars" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out/runtime"
# JavaFX's native libraries ride inside its jars; put them where a jlinked JavaFX looks first
# (the runtime's lib/), so nothing is unpacked into ~/.openjfx at start-up.
natives="$out/natives"
rm -rf "$natives" && mkdir -p "$natives"
for j in $(find "$deps" -maxdepth 1 -name 'javafx-*-linux.jar'); do
  (cd "$natives" && "$jar" xf "$OLDPWD/$j")
done
find "$natives" -name '*.so' -exec cp {} "$out/runtime/lib/" \;
rm -rf "$natives"

common=(--name "$name" --app-version "$app_version" --vendor "ALVH Workbench"
        --description "Risk-simulation workbench for the Adaptive Layered VIX Hedge")

for type in $types; do
  case "$type" in
    app-image)
      "$jpackage" --type app-image --dest "$out" "${common[@]}" \
        --input "$out/input" --main-jar "$name.jar" --main-class com.alvh.workbench.ui.Launcher \
        --runtime-image "$out/runtime" \
        --java-options '-Dalvh.data=$APPDIR/sample-data' \
        --add-launcher alvh=src/packaging/alvh.properties
      echo "app image: $out/$name (bin/$name, bin/alvh)"
      ;;
    deb)
      [[ -d "$out/$name" ]] || { echo "error: build the app-image first (ALVH_PACKAGE_TYPES='app-image deb')" >&2; exit 1; }
      command -v fakeroot >/dev/null || { echo "error: jpackage --type deb needs fakeroot (apt-get install -y fakeroot)" >&2; exit 1; }
      "$jpackage" --type deb --dest "$out" "${common[@]}" --app-image "$out/$name" \
        --linux-package-name "$name" --linux-app-category science --linux-shortcut \
        --linux-menu-group Office --linux-deb-maintainer "alvh@localhost"
      echo "deb: $(ls "$out"/*.deb)"
      ;;
    *) echo "error: unknown package type '$type'" >&2; exit 1 ;;
  esac
done
