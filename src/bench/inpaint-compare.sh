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
