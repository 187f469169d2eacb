#!/usr/bin/env bash
# Side-by-side speed check: Patina's four-layer stack on a 24 MP JPEG to JPEG q90, against libvips
# doing decode + vignette-like multiply + Gaussian blur + noise + encode of the same image.
# Both run on the same machine in the same script; the ratio is what counts.
# Usage: src/bench/vips-compare.sh [runs]   (needs libvips-tools and target/patina.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
W=6000; H=4000

# A 24 MP test photo: a real photograph enlarged, so it has real JPEG content.
src=/work/shared/data/photos/kodim23.png
[ -f "$src" ] || src=../shared/data/photos/kodim23.png
vips resize "$src" "$work/big.v" "$(echo "$W / 768" | bc -l)" --vscale "$(echo "$H / 512" | bc -l)" --kernel cubic
vips jpegsave "$work/big.v" "$work/in.jpg" --Q 92
rm -f "$work/big.v"

# The vignette gain and noise images are inputs to the vips pipeline, made once beforehand.
vips xyz "$work/xy.v" $W $H
vips linear "$work/xy.v" "$work/c.v" "1 1" -- "-$((W/2)) -$((H/2))"
vips multiply "$work/c.v" "$work/c.v" "$work/sq.v"
vips extract_band "$work/sq.v" "$work/sx.v" 0; vips extract_band "$work/sq.v" "$work/sy.v" 1
vips add "$work/sx.v" "$work/sy.v" "$work/r2.v"
vips linear "$work/r2.v" "$work/gain.v" -- "$(echo "-0.6 / ($W*$W/4 + $H*$H/4)" | bc -l)" 1
rm -f "$work"/{xy,c,sq,sx,sy,r2}.v

vips_pipeline() {
    vips gaussnoise "$work/noise.v" $W $H --sigma 6 --mean 0
    vips multiply "$work/in.jpg" "$work/gain.v" "$work/a.v"
    vips gaussblur "$work/a.v" "$work/b.v" 1.5
    vips add "$work/b.v" "$work/noise.v" "$work/n.v"
    vips cast "$work/n.v" "$work/u.v" uchar
    vips jpegsave "$work/u.v" "$work/vips.jpg" --Q 90
    rm -f "$work"/{noise,a,b,n,u}.v
}

patina_pipeline() {
    /usr/bin/time -f "%M" -a -o "$work/patina.mem" java -jar target/patina.jar render "$work/in.jpg" -o "$work/patina.jpg" \
        --preset src/bench/four-layers.json --quality 90 --threads 2
}

best() { sort -n | head -1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_it() { local t0 t1; t0=$(date +%s.%N); "$@"; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }

vt=(); pt=()
for i in $(seq 1 "$runs"); do
    vt+=("$(time_it vips_pipeline)")
    pt+=("$(time_it patina_pipeline)")
done
v=$(printf '%s\n' "${vt[@]}" | best); p=$(printf '%s\n' "${pt[@]}" | best)
vm=$(printf '%s\n' "${vt[@]}" | median); pm=$(printf '%s\n' "${pt[@]}" | median)
peak=$(sort -n "$work/patina.mem" | tail -1)
printf 'vips   best of %d: %.2f s, median %.2f s\n' "$runs" "$v" "$vm"
printf 'patina best of %d: %.2f s, median %.2f s  (peak RSS over all runs %d MB)\n' "$runs" "$p" "$pm" "$(( peak / 1024 ))"
printf 'ratio patina/vips: best %.2f, median %.2f\n' "$(echo "$p / $v" | bc -l)" "$(echo "$pm / $vm" | bc -l)"
