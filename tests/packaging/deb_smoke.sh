#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb end to end: cpack makes it from the build folder, dpkg-deb unpacks it into a
# temporary root, and there
#   - the package declares its dependencies and the files a desktop needs are in place (icons
#     at every size, really of that size; the licences);
#   - the .desktop, AppStream and MIME files validate (each validator is skipped, with a
#     message, when it is not installed) and name each other consistently;
#   - the unpacked programs run: segmenta-cli --version, demo and analyze; segmenta --version
#     and, offscreen, the demo opened and photographed; the MIME magic matches what they write.
#
#   deb_smoke.sh BUILD_DIR VERSION [CPACK]
set -uo pipefail
build=$1
version=$2
cpack=${3:-cpack}
id=org.segmenta.Segmenta

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checks=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); checks=$((checks + 1)); }
ok() { echo "ok: $*"; checks=$((checks + 1)); }
expect() { # expect DESCRIPTION COMMAND...: passes when the command succeeds
    local what=$1
    shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}

for tool in dpkg-deb "$cpack"; do
    if ! command -v "$tool" > /dev/null; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done

# --- the package -------------------------------------------------------------------------
echo "== cpack -G DEB"
start=$SECONDS
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" > "$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack"
    exit 1
fi
echo "   $((SECONDS - start)) s"
arch=$(dpkg --print-architecture)
deb=$work/out/segmenta_${version}_${arch}.deb
expect "package named segmenta_${version}_${arch}.deb" test -f "$deb"
[ -f "$deb" ] || { ls "$work/out"; exit 1; }
echo "   $(du -h "$deb" | cut -f1)"

dpkg-deb -f "$deb" > "$work/control"
sed 's/^/   /' "$work/control"
expect "control: Version $version" grep -qx "Version: $version" "$work/control"
depends=$(sed -n 's/^Depends: //p' "$work/control")
deps=(libqt6widgets6 libqt6charts6 libqt6svg6 libsqlite3-0 libxlsxwriter libminizip zlib1g)
# A build that found QtKeychain (SEGMENTA_KEYCHAIN, passed by CTest) links it.
if [ "${SEGMENTA_KEYCHAIN:-OFF}" = ON ]; then deps+=(libqt6keychain1); fi
for dep in "${deps[@]}"; do
    expect "Depends names $dep" grep -q "$dep" <<< "$depends"
done

dpkg-deb -x "$deb" "$work/root"
usr=$work/root/usr
for f in bin/segmenta bin/segmenta-cli \
         share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/mime/packages/$id.xml \
         share/icons/hicolor/scalable/apps/$id.svg \
         share/icons/hicolor/scalable/mimetypes/application-x-segmenta.svg \
         share/doc/segmenta/copyright \
         share/doc/segmenta/THIRD-PARTY-NOTICES.txt share/doc/segmenta/LGPL-3.0.txt \
         share/doc/segmenta/GPL-3.0.txt share/doc/segmenta/MPL-2.0.txt \
         share/doc/segmenta/Zlib.txt share/doc/segmenta/BSD-2-Clause-libxlsxwriter.txt \
         share/doc/segmenta/BSD-2-Clause-QtKeychain.txt; do
    expect "installs /usr/$f" test -s "$usr/$f"
done
# Nothing outside /usr, nothing pointing back into the build folder.
expect "only /usr in the package" test "$(ls "$work/root")" = usr
for exe in segmenta segmenta-cli; do
    expect "$exe has no RUNPATH into the build" \
        bash -c "! LC_ALL=C readelf -d '$usr/bin/$exe' 2>/dev/null | grep -E 'R(UN)?PATH' | grep -q '$build'"
    expect "$exe finds all its libraries" bash -c "! ldd '$usr/bin/$exe' | grep -q 'not found'"
done

# Icons: a PNG per size whose header (IHDR width and height) says that size.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $3 * 256 + $4 "x" $7 * 256 + $8}'; }
for size in 16 22 24 32 48 64 128 256 512; do
    icon=$usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    if [ -f "$icon" ]; then
        expect "icon ${size}x${size}" test "$(png_size "$icon")" = "${size}x${size}"
    else
        fail "icon ${size}x${size} missing"
    fi
done

# --- the desktop files validate and agree -------------------------------------------------
desktop=$usr/share/applications/$id.desktop
metainfo=$usr/share/metainfo/$id.metainfo.xml
mime=$usr/share/mime/packages/$id.xml
if command -v desktop-file-validate > /dev/null; then
    out=$(desktop-file-validate "$desktop" 2>&1)
    expect "desktop-file-validate $id.desktop" test -z "$out"
    [ -z "$out" ] || echo "$out"
else
    echo "SKIP: desktop-file-validate not installed (apt-get install desktop-file-utils)"
fi
if command -v appstreamcli > /dev/null; then
    if out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
        ok "appstreamcli validate $id.metainfo.xml"
    else
        fail "appstreamcli validate $id.metainfo.xml"
    fi
    echo "$out" | sed 's/^/   /'
else
    echo "SKIP: appstreamcli not installed (apt-get install appstream)"
fi
if command -v update-mime-database > /dev/null; then
    mkdir -p "$work/mime/packages"
    cp "$mime" "$work/mime/packages/"
    # In XDG_DATA_DIRS, or it adds a note that the folder is not searched.
    out=$(XDG_DATA_DIRS="$work:/usr/share" update-mime-database "$work/mime" 2>&1)
    expect "update-mime-database accepts $id.xml" test -z "$out"
    [ -z "$out" ] || echo "$out"
    expect "*.segmenta is application/x-segmenta" grep -q 'application/x-segmenta:\*\.segmenta' "$work/mime/globs2"
    expect "the magic of application/x-segmenta is compiled" grep -aq 'SGMT' "$work/mime/magic"
else
    echo "SKIP: update-mime-database not installed (apt-get install shared-mime-info)"
fi
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
expect "Exec=$exec_name is in /usr/bin" test -x "$usr/bin/$exec_name"
expect "Icon= is the app id" grep -qx "Icon=$id" "$desktop"
expect "MimeType=application/x-segmenta; in the .desktop" grep -qx 'MimeType=application/x-segmenta;' "$desktop"
expect "the MIME file defines application/x-segmenta" grep -q 'type="application/x-segmenta"' "$mime"
expect "the metainfo launches $id.desktop" grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo"
expect "the metainfo releases $version" grep -q "<release version=\"$version\"" "$metainfo"

# --- the unpacked programs run --------------------------------------------------------------
# A home of its own: the GUI writes settings and its demo project there.
export HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config
export XDG_CACHE_HOME=$work/home/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
cli=$usr/bin/segmenta-cli
expect "segmenta-cli --version says $version" test "$("$cli" --version)" = "segmenta-cli $version"
expect "segmenta --version says $version" test "$("$usr/bin/segmenta" --version)" = "Segmenta $version"

if "$cli" demo -o "$work/demo" --customers 3000 > "$work/demo.json" 2> "$work/demo.err"; then
    ok "segmenta-cli demo"
else
    fail "segmenta-cli demo"; cat "$work/demo.err"
fi
project=$work/demo/demo.segmenta
if "$cli" analyze "$project" --json > "$work/analysis.json" 2> "$work/analyze.err"; then
    ok "segmenta-cli analyze"
else
    fail "segmenta-cli analyze"; cat "$work/analyze.err"
fi
if command -v python3 > /dev/null; then
    customers=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["customers"])' "$work/analysis.json" 2>/dev/null)
    expect "analyze counts the 3000 demo customers (got ${customers:-nothing})" test "${customers:-0}" = 3000
else
    echo "SKIP: python3 not installed, the analysis JSON is not read"
fi
# The MIME magic (SQLite header, application_id 'SGMT' at byte 68) matches a real project.
expect "a project starts with 'SQLite format 3'" test "$(head -c 15 "$project" 2>/dev/null)" = "SQLite format 3"
expect "a project has 'SGMT' at byte 68" test "$(dd if="$project" bs=1 skip=68 count=4 2>/dev/null)" = SGMT

start=$SECONDS
QT_QPA_PLATFORM=offscreen timeout 180 "$usr/bin/segmenta" --demo --page overview \
    --screenshot "$work/shot.png" > "$work/gui.log" 2>&1
status=$?
expect "segmenta --demo --screenshot exits 0 offscreen (status $status, $((SECONDS - start)) s)" test $status = 0
[ $status = 0 ] || cat "$work/gui.log"
if [ -f "$work/shot.png" ]; then
    expect "the screenshot is a window-sized picture ($(png_size "$work/shot.png"))" \
        awk -F x '{ exit !($1 >= 640 && $2 >= 400) }' <<< "$(png_size "$work/shot.png")"
    [ -z "${SEGMENTA_SCREENSHOTS:-}" ] || cp "$work/shot.png" "$SEGMENTA_SCREENSHOTS/deb_overview.png"
else
    fail "no screenshot written"
fi

echo "$((checks - failures)) passed, $failures failed"
[ $failures = 0 ]
