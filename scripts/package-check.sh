#!/usr/bin/env bash
# Builds the Debian package from a GUI build, checks its contents and metadata, installs it, runs
# the installed programs (version, a simulation on an installed template, a German screenshot)
# and removes it again. Idempotent: an installed changerisk package is removed first.
# As root (CI) or with sudo the package goes through apt; otherwise it is unpacked into a
# throwaway root and run from there (the programs find their data relative to themselves).
#   scripts/package-check.sh            # uses build/ (configured with the GUI)
#   BUILD_DIR=other scripts/package-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
OUT="$(realpath -m "$BUILD_DIR/package")" # absolute: the installed programs run from /
fail() {
    echo "package-check: FAIL: $*" >&2
    exit 1
}

[ -f "$BUILD_DIR/CPackConfig.cmake" ] ||
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
grep -q '^CHANGERISK_GUI:BOOL=ON' "$BUILD_DIR/CMakeCache.txt" ||
    fail "$BUILD_DIR is not a GUI build (CHANGERISK_GUI=OFF)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$BUILD_DIR/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $BUILD_DIR/CMakeCache.txt"

echo "== package: build the installed targets and the .deb (version $version)"
# Everything an install rule names (tests are not installed, so they are not needed here).
cmake --build "$BUILD_DIR" -j "$(nproc)" --target changerisk changerisk-cli changerisk_icons \
    changerisk_man_pages changerisk_ui_lrelease changerisk_en_lrelease
rm -rf "$OUT"
cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT" -G DEB >/dev/null
deb="$OUT/changerisk_${version}_amd64.deb"
[ -f "$deb" ] || fail "expected $deb, got: $(ls "$OUT")"

echo "== package: dpkg-deb -I"
info=$(dpkg-deb -I "$deb")
echo "$info" | sed -n '/^ Package:/,/^ Description:/p;/^ Depends:/p'
for field in "Package: changerisk" "Version: $version" "Architecture: amd64"; do
    grep -q "^ $field\$" <<<"$info" || fail "control lacks '$field'"
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6gui6 libqt6core6 libsqlite3-0 libc6; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib: $depends"
done

echo "== package: dpkg-deb -c"
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|')
id=io.github.changerisk.ChangeRisk
expected=(
    /usr/bin/changerisk /usr/bin/changerisk-cli
    /usr/share/changerisk/templates/isp-router-reset.json
    /usr/share/changerisk/templates/webshop-deployment.json
    /usr/share/changerisk/templates/sme-database-migration.json
    /usr/share/changerisk/templates/endpoint-agent-update.json
    /usr/share/changerisk/translations/changerisk_de.qm
    /usr/share/changerisk/translations/changerisk_en.qm
    "/usr/share/applications/$id.desktop" "/usr/share/metainfo/$id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$id.svg"
    /usr/share/man/man1/changerisk-cli.1.gz /usr/share/man/man1/changerisk.1.gz
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" <<<"$contents" || fail "package lacks $path"
done
echo "all ${#expected[@]} expected files present ($(grep -c . <<<"$contents") entries)"
# Nothing from the build or source tree leaks in.
! grep -E '/(build|work|home|root)/' <<<"$contents" || fail "build paths in the package"

echo "== package: desktop entry, metainfo, icons, man page"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$id.metainfo.xml" ||
    fail "metainfo does not name version $version"
for size in 16 48 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" |
        grep -q "PNG image data, $size x $size" || fail "icon ${size}x${size} is not a PNG of that size"
done
zcat "$root/usr/share/man/man1/changerisk-cli.1.gz" | grep -q '^\.TH CHANGERISK-CLI 1' ||
    fail "man page changerisk-cli.1.gz is not a man page"

# Install: through apt when root or sudo can, else run the unpacked tree.
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
if $SUDO true 2>/dev/null; then
    echo "== package: apt-get install $deb"
    if dpkg-query -W -f='${Status}' changerisk 2>/dev/null | grep -q "install ok installed"; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq changerisk >/dev/null
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$(realpath "$deb")" >/dev/null
    prefix=/usr
    installed=1
else
    echo "== package: no root: running the unpacked package in $root"
    prefix="$root/usr"
    installed=0
fi
remove() {
    if [ "$installed" = 1 ]; then
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq changerisk >/dev/null
    fi
}
trap 'remove; rm -rf "$root"' EXIT

# Run the installed programs away from the source and build trees, with a throwaway home.
home=$(mktemp -d)
run() { (cd / && env -u CHANGERISK_TEMPLATES_DIR -u CHANGERISK_TRANSLATIONS_DIR HOME="$home" \
    XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" "$@"); }

echo "== package: installed programs"
[ "$(run "$prefix/bin/changerisk-cli" --version)" = "changerisk-cli $version" ] ||
    fail "changerisk-cli --version does not say $version"
[ "$(run "$prefix/bin/changerisk" --version)" = "changerisk $version" ] ||
    fail "changerisk --version does not say $version"
if [ "$installed" = 1 ]; then
    exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "/usr/share/applications/$id.desktop")
    [ "$(command -v "$exec_cmd")" = /usr/bin/changerisk ] ||
        fail "the desktop entry's Exec ($exec_cmd) is not the installed program"
fi
run "$prefix/bin/changerisk-cli" simulate \
    "$prefix/share/changerisk/templates/isp-router-reset.json" --iterations 10000 \
    >"$OUT/installed-simulate.txt"
grep -q . "$OUT/installed-simulate.txt" || fail "simulate printed nothing"
head -5 "$OUT/installed-simulate.txt"

echo "== package: German screenshot of the installed program"
shot="$OUT/installed-de.png"
run env LANG=de_DE.UTF-8 LC_ALL= LANGUAGE= QT_QPA_PLATFORM=offscreen \
    "$prefix/bin/changerisk" --screenshot "$shot" --template isp-router-reset --run \
    --page results 2>"$OUT/installed-screenshot.log" ||
    fail "screenshot failed: $(cat "$OUT/installed-screenshot.log")"
! grep -q "translation .* is missing" "$OUT/installed-screenshot.log" ||
    fail "the installed program did not find its German translation"
file "$shot" | grep -q "PNG image data" || fail "no screenshot written"
echo "wrote $shot"

remove
installed=0
if dpkg-query -W -f='${Status}' changerisk 2>/dev/null | grep -q "install ok installed"; then
    fail "changerisk is still installed"
fi
rm -rf "$home"
echo "== package: OK ($deb)"
