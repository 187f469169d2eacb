#!/usr/bin/python3
"""Side-by-side inpainting bench: Patina's inpaint layer against OpenCV's Telea fill (cv2.inpaint)
and G'MIC's multi-scale patch fill (inpaint_matchpatch), on photos with synthetic holes whose truth
is known. Run by inpaint-compare.sh; needs the Debian python3-opencv and gmic packages (bench only,
never the product).

Scores (on sRGB 8-bit luma, the same definitions as InpaintMetrics in the Java tests):
  hf    high-frequency energy (picture minus Gaussian blur, sigma 1.5) inside the hole (> 2 px
        from its border) over the same in the ring 3..16 px outside it; 1 = like the surroundings
  lf    RMS error inside the hole of fill and truth both blurred with sigma = 1/8 of the hole's
        size (its inscribed diameter)
  seam  median absolute step between 4-neighbours across the hole border over the median step
        between 4-neighbours inside the hole
  out   largest change outside the hole, in 8-bit levels (any channel)
  time  wall time of the tool's command, start-up included
"""
import json
import math
import os
import subprocess
import sys
import time

import cv2
import numpy as np


def luma(img_bgr):
    f = img_bgr.astype(np.float64)
    return 0.299 * f[:, :, 2] + 0.587 * f[:, :, 1] + 0.114 * f[:, :, 0]


def gauss(v, sigma):
    r = int(math.ceil(3 * sigma))
    return cv2.GaussianBlur(v, (2 * r + 1, 2 * r + 1), sigma, borderType=cv2.BORDER_REPLICATE)


def scores(result, truth, hole):
    y, t = luma(result), luma(truth)
    inside = cv2.distanceTransform(hole.astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    outside = cv2.distanceTransform((~hole).astype(np.uint8), cv2.DIST_L2, cv2.DIST_MASK_PRECISE)
    hp = y - gauss(y, 1.5)
    core = hole & (inside > 2)
    if not core.any():
        core = hole
    ring = (~hole) & (outside >= 3) & (outside <= 16)
    hf = float(np.mean(hp[core] ** 2) / max(1e-9, np.mean(hp[ring] ** 2)))
    sigma = max(0.5, 2 * float(inside.max()) / 8)
    lf = float(np.sqrt(np.mean((gauss(y, sigma) - gauss(t, sigma))[hole] ** 2)))
    dx = np.abs(y[:, 1:] - y[:, :-1]); hx = hole[:, 1:], hole[:, :-1]
    dy = np.abs(y[1:, :] - y[:-1, :]); hy = hole[1:, :], hole[:-1, :]
    cross = np.concatenate([dx[hx[0] != hx[1]], dy[hy[0] != hy[1]]])
    inner = np.concatenate([dx[hx[0] & hx[1]], dy[hy[0] & hy[1]]])
    seam = float(np.median(cross) / max(0.25, np.median(inner))) if len(inner) else float('nan')
    diff = np.abs(result.astype(int) - truth.astype(int)).max(axis=2)
    out = int(diff[~hole].max())
    return dict(hf=hf, lf=lf, seam=seam, out=out)


def blob(w, h, frac, cx, cy):
    r = math.sqrt(frac * w * h / math.pi)
    yy, xx = np.mgrid[0:h, 0:w]
    return (xx + 0.5 - cx * w) ** 2 + (yy + 0.5 - cy * h) ** 2 <= r * r


def border_blob(w, h, frac):
    r = math.sqrt(2 * frac * w * h / math.pi)
    yy, xx = np.mgrid[0:h, 0:w]
    return (xx + 0.5) ** 2 + (yy + 0.5 - 0.5 * h) ** 2 <= r * r


def scratches(w, h, n, width, seed):
    rnd = np.random.RandomState(seed)
    m = np.zeros((h, w), np.uint8)
    for _ in range(n):
        x, y, a = rnd.rand() * w, rnd.rand() * h, rnd.rand() * 2 * math.pi
        for _ in range(4):
            ln = (0.1 + 0.15 * rnd.rand()) * min(w, h)
            nx, ny = x + math.cos(a) * ln, y + math.sin(a) * ln
            cv2.line(m, (int(x), int(y)), (int(nx), int(ny)), 255, int(width))
            x, y = nx, ny
            a += (rnd.rand() - 0.5) * 1.5
    return m > 0


def figure(w, h, cx, bottom, height):
    """A standing figure: head, body, two arms (an object-shaped hole)."""
    m = np.zeros((h, w), np.uint8)
    H = height * h; x0 = cx * w; yb = bottom * h
    head = 0.12 * H; body = 0.22 * H; hy = yb - H + head
    cv2.circle(m, (int(x0), int(hy)), int(head), 255, -1)
    cv2.ellipse(m, (int(x0), int(hy + head + 0.3 * H)), (int(body), int(0.35 * H)), 0, 0, 360, 255, -1)
    cv2.rectangle(m, (int(x0 - 0.55 * body), int(hy + 0.5 * H)), (int(x0 + 0.55 * body), int(yb)), 255, -1)
    t = max(2, int(0.1 * H))
    cv2.line(m, (int(x0 - body), int(hy + 2 * head)), (int(x0 - 1.9 * body), int(hy + 4.5 * head)), 255, t)
    cv2.line(m, (int(x0 + body), int(hy + 2 * head)), (int(x0 + 2.0 * body), int(hy + 3.5 * head)), 255, t)
    return m > 0


# photo, then the blob centre (fractions); chosen once on a look at each photo as a place where
# something could plausibly be removed, not tuned on the scores.
PHOTOS = [
    ("chelsea.png", 0.72, 0.75),
    ("kodim15.png", 0.3, 0.75),
    ("real-camera-exif_island_olympus.jpg", 0.55, 0.25),
    ("astronaut.png", 0.6, 0.55),
    ("real-camera-exif_sunset_nikon-d90.png", 0.3, 0.3),
    ("coffee.png", 0.12, 0.6),
]


def holes(w, h, cx, cy):
    return [
        ("scratch", scratches(w, h, 6, 5, 7)),
        ("blob2", blob(w, h, 0.02, cx, cy)),
        ("blob8", blob(w, h, 0.08, cx, cy)),
        ("object", figure(w, h, cx, min(0.98, cy + 0.25), 0.45)),
        ("border", border_blob(w, h, 0.04)),
    ]


def run(cmd):
    t0 = time.time()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.time() - t0


def main():
    photos_dir, jar, work = sys.argv[1], sys.argv[2], sys.argv[3]
    only = sys.argv[4].split(",") if len(sys.argv) > 4 and sys.argv[4] else None
    os.makedirs(work, exist_ok=True)
    rows = []
    for name, cx, cy in PHOTOS:
        truth = cv2.imread(os.path.join(photos_dir, name), cv2.IMREAD_COLOR)
        h, w = truth.shape[:2]
        stem = os.path.splitext(name)[0]
        src = os.path.join(work, stem + ".png")
        cv2.imwrite(src, truth)
        for kind, hole in holes(w, h, cx, cy):
            if only and kind not in only:
                continue
            mask_path = os.path.join(work, f"{stem}-{kind}-mask.png")
            cv2.imwrite(mask_path, hole.astype(np.uint8) * 255)
            res = {}
            out = os.path.join(work, f"{stem}-{kind}-telea.png")
            t0 = time.time()
            tel = cv2.inpaint(truth, hole.astype(np.uint8) * 255, 3, cv2.INPAINT_TELEA)
            res["telea"] = (tel, time.time() - t0)
            cv2.imwrite(out, tel)
            out = os.path.join(work, f"{stem}-{kind}-gmic.png")
            t = run(["gmic", "-v", "-", src, mask_path, "-inpaint_matchpatch[0]", "[1]", "-cut[0]", "0,255", "-round[0]", "-o[0]", out])
            res["gmic"] = (cv2.imread(out, cv2.IMREAD_COLOR), t)
            preset = os.path.join(work, f"{stem}-{kind}.json")
            with open(preset, "w") as f:
                json.dump({"patina": "preset", "version": 1, "name": "bench",
                           "layers": [{"type": "inpaint", "params": {"hole": os.path.abspath(mask_path)}}]}, f)
            out = os.path.join(work, f"{stem}-{kind}-patina.tif")
            t = run(["java", "-jar", jar, "render", src, "-o", out, "--bits", "16", "--preset", preset])
            p16 = cv2.imread(out, cv2.IMREAD_UNCHANGED)
            res["patina"] = (np.clip(np.round(p16.astype(np.float64) / 257.0), 0, 255).astype(np.uint8), t)
            cv2.imwrite(os.path.join(work, f"{stem}-{kind}-patina.png"), res["patina"][0])
            for tool in ("patina", "telea", "gmic"):
                img, t = res[tool]
                s = scores(img, truth, hole)
                rows.append(dict(photo=stem, hole=kind, frac=float(hole.mean()), tool=tool, time=t, **s))
                print(f"{stem[:22]:22} {kind:7} {100 * hole.mean():5.1f}% {tool:6} hf {s['hf']:5.2f} lf {s['lf']:6.2f} "
                      f"seam {s['seam']:5.2f} out {s['out']:2d} time {t:6.2f}s", flush=True)
    with open(os.path.join(work, "results.json"), "w") as f:
        json.dump(rows, f, indent=1)
    summary(rows)


def summary(rows):
    print()
    print("| photo | hole | % | tool | HF ratio | LF error | seam | out | time s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['photo'][:24]} | {r['hole']} | {100 * r['frac']:.1f} | {r['tool']} | {r['hf']:.2f} | {r['lf']:.2f} "
              f"| {r['seam']:.2f} | {r['out']} | {r['time']:.2f} |")
    print()
    print("Means over cases (blobs = blob2 + blob8):")
    print("| cases | tool | HF ratio | |HF-1| | LF error | seam | time s |")
    print("|---|---|---|---|---|---|---|")
    groups = [("all", None), ("blobs", ("blob2", "blob8")), ("scratch", ("scratch",)), ("object", ("object",)),
              ("border", ("border",))]
    for label, kinds in groups:
        for tool in ("patina", "telea", "gmic"):
            sel = [r for r in rows if r["tool"] == tool and (kinds is None or r["hole"] in kinds)]
            if not sel:
                continue
            m = lambda k: sum(r[k] for r in sel) / len(sel)
            dev = sum(abs(r["hf"] - 1) for r in sel) / len(sel)
            print(f"| {label} | {tool} | {m('hf'):.2f} | {dev:.2f} | {m('lf'):.2f} | {m('seam'):.2f} | {m('time'):.2f} |")


if __name__ == "__main__":
    main()
