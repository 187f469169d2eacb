#!/usr/bin/env bash
# Smoke test of the installed program: builds the app image (installer/build.sh), then runs it as a
# user would: `Patina render` on a photo, `Patina layers`, no display -> one line and exit 2, and,
# when a display is available, the editor, whose window must appear (checked with xdotool).
#   bash installer/smoke.sh [--require-window] [PHOTO]
# --require-window fails (instead of skipping the editor check) without a display or xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
require_window=false
[ "${1:-}" = "--require-window" ] && { require_window=true; shift; }
photo=${1:-src/test/resources/photos/rocket.jpg}

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
editor_pid=""
cleanup() { [ -n "$editor_pid" ] && kill "$editor_pid" 2>/dev/null; rm -rf "$work"; true; }
trap cleanup EXIT

bash installer/build.sh >/dev/null
app=target/installer/Patina/bin/Patina
[ -x "$app" ] || fail "no $app"
for f in LICENSE THIRD-PARTY-NOTICES; do [ -f "target/installer/Patina/lib/app/$f" ] || fail "$f not in the app image"; done

"$app" render "$photo" -o "$work/out.jpg" --preset presets/portra-portrait.json 2>"$work/err" \
    || fail "render exited $?: $(head -c 2000 "$work/err")"
[ -s "$work/out.jpg" ] || fail "render wrote no output"
"$app" render "$photo" -o "$work/out.tif" --bits 16 2>"$work/err" || fail "16-bit TIFF render: $(head -c 2000 "$work/err")"
"$app" lint --text "masterpiece, best quality, perfect skin" --json >"$work/lint.json" || fail "lint exited $?"
grep -q '"findings"' "$work/lint.json" || fail "lint printed no findings"
"$app" layers >"$work/layers" || fail "layers exited $?"
grep -q '^tone' "$work/layers" || fail "layers did not list the tone layer"
echo "smoke: render, lint and layers ran ($(wc -l <"$work/layers") lines of layers)"

set +e
env -u DISPLAY -u WAYLAND_DISPLAY "$app" >"$work/out" 2>"$work/err"
code=$?
set -e
[ "$code" = 2 ] && [ "$(wc -l <"$work/err")" = 1 ] && grep -q "needs a display" "$work/err" \
    || fail "without a display: exit $code, $(head -c 500 "$work/err")"

if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null 2>&1; then
    $require_window && fail "the editor's window needs a DISPLAY and xdotool"
    echo "smoke: no display or no xdotool: editor window not checked"
    exit 0
fi
# A fresh config folder and preferences, so no autosave recovery question and no user settings.
XDG_CONFIG_HOME="$work/config" JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/prefs" \
    "$app" "$photo" >"$work/editor.log" 2>&1 &
editor_pid=$!
window=""
for _ in $(seq 1 120); do
    kill -0 "$editor_pid" 2>/dev/null || fail "the editor exited: $(head -c 2000 "$work/editor.log")"
    window=$(xdotool search --onlyvisible --pid "$editor_pid" --name Patina 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || fail "no editor window within 60 s: $(head -c 2000 "$work/editor.log")"
sleep 2
kill -0 "$editor_pid" 2>/dev/null || fail "the editor exited after opening: $(head -c 2000 "$work/editor.log")"
if grep -q -E "Exception|Error" "$work/editor.log"; then fail "the editor logged: $(head -c 2000 "$work/editor.log")"; fi
eval "$(xdotool getwindowgeometry --shell "$window")"
[ "$WIDTH" -ge 600 ] && [ "$HEIGHT" -ge 400 ] || fail "editor window only ${WIDTH}x$HEIGHT"
command -v import >/dev/null 2>&1 && import -window root target/installer/smoke-editor.png 2>/dev/null || true
echo "smoke: editor window \"$(xdotool getwindowname "$window")\" ${WIDTH}x$HEIGHT"
