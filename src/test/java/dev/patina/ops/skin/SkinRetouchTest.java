package dev.patina.ops.skin;

import dev.patina.doc.Layer;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Resample;
import dev.patina.image.Srgb;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SkinRetouchTest {
    private static final SkinRetouchOp OP = new SkinRetouchOp();

    private static Params params(double evenness, double blemish, double texture) {
        return OP.schema().defaults().with("evenness", evenness).with("blemish", blemish).with("texture", texture);
    }

    private static FloatImage apply(FloatImage src, Params p) {
        OpKernel k = OP.prepare(p, Resources.NONE);
        RenderContext ctx = new RenderContext(src.width(), src.height(), 1, 7);
        FloatImage out = new FloatImage(src.bounds());
        k.apply(src.extendedTo(src.bounds().expand(k.halo(ctx))), out, ctx);
        return out;
    }

    /** Share of the lightness variance between blurs of σ lo and hi px that survives from before to after. */
    private static double kept(FloatImage before, FloatImage after, double lo, double hi) {
        int w = before.width(), h = before.height();
        return SkinImages.bandVariance(SkinImages.lightness(after), w, h, lo, hi) / SkinImages.bandVariance(SkinImages.lightness(before), w, h, lo, hi);
    }

    private static float[] mask(FloatImage src, Params p) {
        return OP.overlays().get(0).compute(p, Resources.NONE, src, new RenderContext(src.width(), src.height(), 1, 7)).values();
    }

    private static FloatImage render(FloatImage src, Params p, double scale, int tile) {
        try (TileRenderer r = new TileRenderer(2, tile, 0)) {
            var doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("skin", p)));
            return r.render(RenderRequest.whole(doc, new Pyramid(src), Resources.NONE, scale), ProgressListener.NONE, new CancelToken());
        }
    }

    @Test
    void evennessRemovesBlotchesAndKeepsPores() {
        int n = 768;
        FloatImage skin = SkinImages.skin(n, n, 1, 2f);
        float[] m = mask(skin, params(1, 0, 0));
        assertTrue(TestImages.mean(m) > 0.99, "the patch is skin: mask mean " + TestImages.mean(m));
        float[] before = SkinImages.lightness(skin), after = SkinImages.lightness(apply(skin, params(1, 0, 0)));
        double fineKept = SkinImages.bandVariance(after, n, n, 1, 4) / SkinImages.bandVariance(before, n, n, 1, 4);
        double blotchKept = SkinImages.bandVariance(after, n, n, 8, 32) / SkinImages.bandVariance(before, n, n, 8, 32);
        System.out.printf("skin patch at evenness 1: 1-4 px band energy kept %.2f, 8-32 px band variance kept %.2f%n", fineKept, blotchKept);
        assertTrue(fineKept >= 0.8, "1-4 px band kept: " + fineKept);
        assertTrue(blotchKept <= 0.5, "8-32 px band kept: " + blotchKept);
    }

    /**
     * Smaller blotches (σ 7 px on an 800x600 patch, the 4-16 px band): evenness 1 takes at least
     * half of them while the pores (1-4 px band) stay.
     */
    @Test
    void evennessRemovesSmallBlotchesToo() {
        int w = 800, h = 600;
        FloatImage skin = SkinImages.skin(w, h, 5, 2f, 7);
        FloatImage after = apply(skin, params(1, 0, 0));
        double fineKept = kept(skin, after, 1, 4), blotchKept = kept(skin, after, 4, 16);
        System.out.printf("800x600 patch, σ 7 px blotches, evenness 1: 1-4 px band kept %.2f, 4-16 px band kept %.2f%n", fineKept, blotchKept);
        assertTrue(fineKept >= 0.8, "1-4 px band kept: " + fineKept);
        assertTrue(blotchKept <= 0.5, "4-16 px band kept: " + blotchKept);
    }

    /**
     * Half-size blotches on a half-size face: with size 0.5 (what a face half a portrait's size
     * sets) evenness takes them as size 1 takes the full-size ones, and more than size 1 does.
     */
    @Test
    void sizeFollowsTheFaceSoSmallerFacesGetSmallerBlotchesEvened() {
        int w = 800, h = 600;
        FloatImage skin = SkinImages.skin(w, h, 9, 1f, 3.5);
        double atHalf = kept(skin, apply(skin, params(1, 0, 0).with("size", 0.5)), 2, 8);
        double atOne = kept(skin, apply(skin, params(1, 0, 0)), 2, 8);
        System.out.printf("σ 3.5 px blotches, 2-8 px band kept: size 0.5 %.2f, size 1 %.2f%n", atHalf, atOne);
        assertTrue(atHalf <= 0.5, "2-8 px band kept at size 0.5: " + atHalf);
        assertTrue(atHalf < atOne - 0.1, "size 0.5 evens small blotches better than size 1: " + atHalf + " vs " + atOne);
    }

    /**
     * The shading that models a face is kept while blotches go: a broad lightness wave (the form)
     * and a 25 L* shadow edge (a jaw line) keep their shape at evenness 1, so the result is not
     * flattened into plastic and the shadow gets no bright rim.
     */
    @Test
    void formShadingAndShadowEdgesAreKept() {
        int n = 768;
        FloatImage skin = SkinImages.skin(n, n, 11, 1.5f);
        float[] l = SkinImages.lightness(skin), a = new float[n * n], b = new float[n * n];
        java.util.Arrays.fill(a, SkinImages.SKIN[1]);
        java.util.Arrays.fill(b, SkinImages.SKIN[2]);
        float[] shading = new float[n * n];
        for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) {
            shading[y * n + x] = (float) (8 * Math.sin(2 * Math.PI * x / 300.0) + (y > n / 2 ? -25 : 0));
            l[y * n + x] += shading[y * n + x];
        }
        float[] before = l.clone();
        float[] after = SkinImages.lightness(apply(SkinImages.fromLab(n, n, l, a, b), params(1, 0, 0)));
        // The form: the wave's amplitude, projected out of the upper half over two whole periods.
        double num = 0, den = 0;
        for (int y = 100; y < n / 2 - 60; y++) for (int x = 84; x < 684; x++) {
            double s = Math.sin(2 * Math.PI * x / 300.0);
            num += after[y * n + x] * s;
            den += before[y * n + x] * s;
        }
        // The edge: mean change of the 40 rows on each side of the shadow line.
        double rim = 0;
        int count = 0;
        for (int y = n / 2 - 40; y < n / 2 + 40; y++) for (int x = 100; x < n - 100; x++, count++) rim += after[y * n + x] - before[y * n + x];
        System.out.printf("form kept %.2f, mean change beside a 25 L* shadow edge %.2f L*%n", num / den, rim / count);
        assertTrue(num / den > 0.85, "form amplitude kept " + num / den);
        assertEquals(0, rim / count, 1.0, "rim along the shadow edge");
    }

    /** Evening moves blotches, not the skin's overall colour: low-pass ΔE*ab below 2 everywhere. */
    @Test
    void lowFrequencyColourStays() {
        int n = 512;
        FloatImage skin = SkinImages.skin(n, n, 13, 2f), out = apply(skin, params(1, 1, 1));
        float[][] before = lowPassLab(skin, n), after = lowPassLab(out, n);
        double worst = 0;
        for (int y = 96; y < n - 96; y++) for (int x = 96; x < n - 96; x++) {
            int i = y * n + x;
            double d = Math.sqrt(Math.pow(before[0][i] - after[0][i], 2) + Math.pow(before[1][i] - after[1][i], 2) + Math.pow(before[2][i] - after[2][i], 2));
            worst = Math.max(worst, d);
        }
        System.out.printf("largest low-frequency (σ 32 px) ΔE*ab: %.2f%n", worst);
        assertTrue(worst < 2, "low-frequency ΔE " + worst);
    }

    private static float[][] lowPassLab(FloatImage img, int n) {
        float[][] lab = new float[3][n * n];
        float[] v = new float[3];
        for (int i = 0; i < n * n; i++) {
            CieLab.fromLinear(img.plane(0)[i], img.plane(1)[i], img.plane(2)[i], v);
            for (int c = 0; c < 3; c++) lab[c][i] = v[c];
        }
        for (int c = 0; c < 3; c++) lab[c] = SkinImages.gaussianBlur(lab[c], n, n, 32);
        return lab;
    }

    @Test
    void evennessTakesOutRedness() {
        int n = 768;
        FloatImage skin = SkinImages.skin(n, n, 2, 1f);
        FloatImage out = apply(skin, params(1, 0, 0));
        double kept = SkinImages.bandVariance(redness(out), n, n, 8, 32) / SkinImages.bandVariance(redness(skin), n, n, 8, 32);
        System.out.printf("redness (a*) 8-32 px band variance kept at evenness 1: %.2f%n", kept);
        assertTrue(kept <= 0.5, "a* band kept " + kept);
    }

    private static float[] redness(FloatImage img) {
        float[] a = new float[img.plane(0).length], lab = new float[3];
        for (int i = 0; i < a.length; i++) {
            CieLab.fromLinear(img.plane(0)[i], img.plane(1)[i], img.plane(2)[i], lab);
            a[i] = lab[1];
        }
        return a;
    }

    /** Blue sky and green foliage with texture: no skin, so not one pixel may move by a level. */
    @Test
    void nonSkinColoursAreUntouched() {
        int w = 400, h = 300;
        FloatImage img = new FloatImage(w, h);
        Random rnd = new Random(3);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            int i = y * w + x;
            float t = 1 + 0.2f * (float) rnd.nextGaussian();
            boolean sky = y < h / 2;
            img.plane(0)[i] = (sky ? 0.15f : 0.05f) * t;
            img.plane(1)[i] = (sky ? 0.35f : 0.25f) * t;
            img.plane(2)[i] = (sky ? 0.8f : 0.04f) * t;
        }
        FloatImage out = apply(img, params(1, 1, 1));
        assertTrue(TestImages.mean(mask(img, params(1, 1, 1))) == 0);
        assertEquals(0, maxLevelChange(img, out), 1, "8-bit levels");
    }

    /** Skin beside blue and green: everything outside the mask keeps its value. */
    @Test
    void outsideTheMaskNothingChanges() {
        int w = 512, h = 384;
        FloatImage img = SkinImages.skin(w, h, 4, 2f);
        for (int y = 0; y < h; y++) for (int x = w / 2; x < w; x++) {
            int i = y * w + x;
            img.plane(0)[i] = 0.05f; img.plane(1)[i] = y < h / 2 ? 0.3f : 0.1f; img.plane(2)[i] = y < h / 2 ? 0.04f : 0.6f;
        }
        Params p = params(1, 1, 1);
        float[] m = mask(img, p);
        FloatImage out = apply(img, p);
        int outside = 0, changed = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] > 0) continue;
            outside++;
            for (int c = 0; c < 3; c++) {
                if (Math.abs(Srgb.encode(out.plane(c)[i]) - Srgb.encode(img.plane(c)[i])) > 1 / 255f) changed++;
            }
        }
        assertTrue(outside > 0.45 * m.length, "most of the blue/green half is outside the mask: " + outside);
        assertEquals(0, changed);
    }

    /** An isolated dark spot is lifted to the skin around it; a dark line (a wrinkle) of the same depth stays. */
    @Test
    void blemishRemovesSpotsButNotLines() {
        int n = 512;
        float[] l = SkinImages.lightness(SkinImages.skin(n, n, 10, 1.5f));
        float[] a = new float[n * n], b = new float[n * n];
        java.util.Arrays.fill(a, SkinImages.SKIN[1]);
        java.util.Arrays.fill(b, SkinImages.SKIN[2]);
        int sx = 200, sy = 256, lx = 330;
        for (int y = 0; y < n; y++) for (int x = 0; x < n; x++) {
            double spot = Math.exp(-(Math.pow(x - sx, 2) + Math.pow(y - sy, 2)) / (2 * 1.8 * 1.8));
            double line = y > 150 && y < 360 ? Math.exp(-Math.pow(x - lx, 2) / (2 * 1.2 * 1.2)) : 0;
            l[y * n + x] -= (float) (12 * spot + 12 * line);
        }
        FloatImage img = SkinImages.fromLab(n, n, l, a, b);
        float[] after = SkinImages.lightness(apply(img, params(0, 1, 0)));
        double spotBefore = depth(l, n, sx, sy), spotAfter = depth(after, n, sx, sy);
        double lineBefore = depth(l, n, lx, 256), lineAfter = depth(after, n, lx, 256);
        System.out.printf("blemish 1: spot depth %.1f -> %.1f L*, line depth %.1f -> %.1f L*%n", spotBefore, spotAfter, lineBefore, lineAfter);
        assertTrue(spotAfter < 0.3 * spotBefore, "spot kept " + spotAfter + " of " + spotBefore);
        assertTrue(lineAfter > 0.7 * lineBefore, "line kept " + lineAfter + " of " + lineBefore);
    }

    /** Mean L* of the ring 8..12 px around (cx, cy) minus the mean of the 3x3 centre. */
    private static double depth(float[] l, int n, int cx, int cy) {
        double ring = 0, centre = 0;
        int nr = 0, nc = 0;
        for (int y = cy - 12; y <= cy + 12; y++) for (int x = cx - 12; x <= cx + 12; x++) {
            double d = Math.hypot(x - cx, y - cy);
            if (d >= 8 && d <= 12 && Math.abs(x - cx) > 4) { ring += l[y * n + x]; nr++; }
            if (Math.abs(x - cx) <= 1 && Math.abs(y - cy) <= 1) { centre += l[y * n + x]; nc++; }
        }
        return ring / nr - centre / nc;
    }

    @Test
    void amountZeroIsIdentity() {
        FloatImage skin = SkinImages.skin(200, 150, 5, 2f);
        Params p = OP.schema().defaults().with("amount", 0.0);
        assertTrue(OP.prepare(p, Resources.NONE).isIdentity());
        assertTrue(apply(skin, p).sameAs(skin));
    }

    @Test
    void tiledEqualsWholeForOddTiles() {
        FloatImage img = portraitLike(333, 257);
        Params p = params(0.8, 0.7, 0.6);
        for (double scale : new double[] {1, 0.37}) {
            FloatImage whole = render(img, p, scale, 4096);
            for (int tile : new int[] {17, 31, 97, 253}) {
                assertTrue(whole.sameAs(render(img, p, scale, tile)), "tile " + tile + " at scale " + scale);
            }
        }
    }

    /** Skin with blotches in an oval "face" on a blue background, with a dark spot and a line. */
    private static FloatImage portraitLike(int w, int h) {
        FloatImage img = SkinImages.skin(w, h, 6, 1.5f);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double u = (x - w / 2.0) / (0.3 * w), v = (y - h / 2.0) / (0.4 * h);
            int i = y * w + x;
            if (u * u + v * v > 1) { img.plane(0)[i] = 0.1f; img.plane(1)[i] = 0.2f; img.plane(2)[i] = 0.5f; }
            else if (Math.hypot(x - w / 2.0 - 20, y - h / 2.0) < 3) { img.plane(0)[i] *= 0.5f; img.plane(1)[i] *= 0.4f; img.plane(2)[i] *= 0.4f; }
        }
        return img;
    }

    /** Band-variance ratios of a 1/4 render match those of the full render downsampled. */
    @Test
    void quarterScaleLooksLikeTheFullRenderDownsampled() {
        int n = 1024;
        FloatImage skin = SkinImages.skin(n, n, 8, 2f);
        Params even = params(1, 0, 0);
        FloatImage full = render(skin, even, 1, 256), quarter = render(skin, even, 0.25, 256);
        FloatImage inQ = new Pyramid(skin).atScale(0.25), fullQ = new Pyramid(full).atScale(0.25);
        int q = n / 4;
        float[] li = SkinImages.lightness(inQ), lf = SkinImages.lightness(fullQ), lq = SkinImages.lightness(quarter);
        double bandIn = SkinImages.bandVariance(li, q, q, 2, 8);
        double ratioFull = SkinImages.bandVariance(lf, q, q, 2, 8) / bandIn;
        double ratioQuarter = SkinImages.bandVariance(lq, q, q, 2, 8) / bandIn;
        System.out.printf("blotch band kept: full render downsampled %.3f, 1/4 render %.3f%n", ratioFull, ratioQuarter);
        assertEquals(ratioFull, ratioQuarter, 0.1);

        FloatImage plastic = SkinImages.skin(n, n, 9, 0f);
        Params tex = params(0, 0, 1);
        FloatImage tFull = new Pyramid(render(plastic, tex, 1, 256)).atScale(0.25), tQuarter = render(plastic, tex, 0.25, 256);
        FloatImage pQ = new Pyramid(plastic).atScale(0.25);
        double addedFull = diffStd(tFull, pQ), addedQuarter = diffStd(tQuarter, pQ);
        System.out.printf("texture std at 1/4: full render downsampled %.3f L*, 1/4 render %.3f L*%n", addedFull, addedQuarter);
        assertEquals(1, addedQuarter / addedFull, 0.3);
    }

    private static double diffStd(FloatImage a, FloatImage b) {
        float[] la = SkinImages.lightness(a), lb = SkinImages.lightness(b);
        float[] d = new float[la.length];
        for (int i = 0; i < d.length; i++) d[i] = la[i] - lb[i];
        return TestImages.std(d);
    }

    static int maxLevelChange(FloatImage a, FloatImage b) {
        int worst = 0;
        for (int c = 0; c < 3; c++) for (int i = 0; i < a.plane(c).length; i++) {
            int la = Math.round(Srgb.encode(a.plane(c)[i]) * 255), lb = Math.round(Srgb.encode(b.plane(c)[i]) * 255);
            worst = Math.max(worst, Math.abs(la - lb));
        }
        return worst;
    }
}
