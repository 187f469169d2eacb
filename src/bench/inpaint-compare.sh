#!/usr/bin/env bash
# Inpainting side by side: Patina's inpaint layer, OpenCV's Telea fill and G'MIC's
# inpaint_matchpatch on photos from ../shared/data/photos with synthetic holes (thin scratches,
# blobs of 2 and 8 %, an object-shaped hole, a hole touching the border), scored against the truth
# by src/bench/inpaint_bench.py (HF energy ratio, low-frequency error, seam ratio, change outside
# the hole, wall time). The peers are Debian packages for this bench only:
#   apt-get install -y python3-opencv gmic
# Usage: src/bench/inpaint-compare.sh [WORKDIR] [HOLE KINDS, e.g. blob2,blob8]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${1:-/tmp/patina-inpaint-bench}
kinds=${2:-}
photos="$repo/../shared/data/photos"
py=/usr/bin/python3   # Debian's python has python3-opencv; a pyenv python on PATH may not
command -v gmic >/dev/null || { echo "gmic not installed (apt-get install -y gmic)" >&2; exit 2; }
"$py" -c 'import cv2' 2>/dev/null || { echo "python3-opencv not installed for $py" >&2; exit 2; }
[ -f "$repo/target/patina.jar" ] || (cd "$repo" && mvn -o -q -DskipTests package)
nproc_=$(nproc)
echo "machine: $nproc_ cores; $(java -version 2>&1 | head -1); $(gmic -version 2>&1 | grep -o 'Version [0-9.]*'); opencv $("$py" -c 'import cv2; print(cv2.__version__)')"
"$py" "$here/inpaint_bench.py" "$photos" "$repo/target/patina.jar" "$work" "$kinds"

# Speed: the fill alone in Patina (no codecs), then G'MIC on the same 24 MP picture and 0.5 MP hole
# (whole command, codecs included; stopped after GMIC_TIMEOUT seconds).
echo
echo "speed (fill only, median of 3; baseline = one copy of the picture in the same run):"
java -Xmx6g -cp "$repo/target/patina.jar" dev.patina.cli.InpaintSpeedBench "$photos/real-camera-exif_island_olympus.jpg" 3
big="$work/big24.png"; bigmask="$work/big24-mask.png"
"$py" - "$photos/real-camera-exif_island_olympus.jpg" "$big" "$bigmask" <<'PY'
import sys, math, cv2, numpy as np
img = cv2.imread(sys.argv[1], cv2.IMREAD_COLOR)
big = cv2.resize(img, (6000, 4000), interpolation=cv2.INTER_LINEAR)
cv2.imwrite(sys.argv[2], big)
r = math.sqrt(500000 / math.pi)
yy, xx = np.mgrid[0:4000, 0:6000]
m = ((xx + 0.5 - 0.45 * 6000) ** 2 + (yy + 0.5 - 0.55 * 4000) ** 2 <= r * r).astype(np.uint8) * 255
cv2.imwrite(sys.argv[3], m)
PY
t0=$(date +%s.%N)
if timeout "${GMIC_TIMEOUT:-300}" gmic -v - "$big" "$bigmask" -inpaint_matchpatch[0] [1] -cut[0] 0,255 -o[0] "$work/big24-gmic.png" >/dev/null 2>&1; then
  echo "gmic 24 MP, 0.5 MP hole: $(echo "$(date +%s.%N) - $t0" | bc) s (whole command)"
else
  echo "gmic 24 MP, 0.5 MP hole: did not finish within ${GMIC_TIMEOUT:-300} s"
fi
echo "{\"patina\": \"preset\", \"version\": 1, \"name\": \"big\", \"layers\": [{\"type\": \"inpaint\", \"params\": {\"hole\": \"$bigmask\"}}]}" > "$work/big24.json"
t0=$(date +%s.%N)
java -Xmx6g -jar "$repo/target/patina.jar" render "$big" -o "$work/big24-patina.jpg" --preset "$work/big24.json"
echo "patina CLI 24 MP, 0.5 MP hole: $(echo "$(date +%s.%N) - $t0" | bc) s (whole command: decode, fill, encode)"
