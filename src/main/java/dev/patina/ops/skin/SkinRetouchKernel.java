package dev.patina.ops.skin;

import dev.patina.image.Plane;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import dev.patina.ops.Locality;
import dev.patina.ops.OpKernel;
import dev.patina.ops.RenderContext;

/**
 * Skin retouch by frequency separation in CIELAB, inside an automatic skin mask.
 *
 * <p>Each of L*, a*, b* splits at a fine scale (about 0.35% of the diagonal: pores, fine hairs)
 * into a high band, which is never touched, and the rest. The rest is compared with the local skin
 * tone ({@link SkinTone}: a skin-weighted mean over about 3% of the diagonal among pixels of similar
 * lightness); evenness pulls that deviation (blotches, redness) towards the tone. The pull fades
 * for large deviations, so eyebrows, nostrils and lips stay, while blotches (a few units) go; the
 * attenuated deviation d·(1 − e·exp(−d²/2t²)) stays monotone in d, so nothing inverts. The face's
 * shading is kept by the tone's lightness range, not by this fade. Blemishes ({@link SpotDetector})
 * are lifted to the level around them before that. Texture adds pore-scale noise ({@link
 * PoreTexture}) with soft-light weighting (strongest in the midtones, none at black and white),
 * and only where the skin lacks fine detail of its own: plastic skin gets pores, real skin and hair
 * are left alone. All sizes are fractions of the image diagonal, so a render at scale 1/4 uses
 * radii a quarter as big and a 6000 px export looks like a 1500 px one.
 */
final class SkinRetouchKernel implements OpKernel {
    /** Standard deviation of the fine split (pores above, blotches below), of the diagonal. */
    static final double FINE_FRACTION = 0.0035;
    /** Standard deviation of the local skin-tone window, of the diagonal. */
    static final double TONE_FRACTION = 0.03;
    /** Radius of the largest spot removed (window 2r+1), of the diagonal. */
    static final double SPOT_FRACTION = 0.006;
    /**
     * Standard deviation of the light blur spots are found on, of the diagonal: enough to calm
     * single-pixel noise, little enough to keep a small spot's depth.
     */
    static final double SPOT_BLUR_FRACTION = 0.0008;
    /** Box radius (two passes) that softens the skin mask, of the diagonal. */
    static final double MASK_FRACTION = 0.003;
    /** Pore lattice spacing, of the full-resolution diagonal. */
    static final double PORE_FRACTION = 0.0006;

    /** Weight of non-skin pixels in the fine mean. */
    static final float FINE_FALLBACK_WEIGHT = 0.02f;
    /** Deviations from the tone well below these (L*, and a*b* units) are evened; far above, kept. */
    static final float LIGHTNESS_KEEP = 6f, CHROMA_KEEP = 6f;
    /** Spot depths (L*, and a* for red spots) from which a spot starts and ends being lifted. */
    static final float SPOT_MIN = 2f, SPOT_FULL = 5f;
    /** Standard deviation of the added texture at texture 1 in the midtones, in L* units. */
    static final float TEXTURE_L = 3f;
    /** Fine detail (local RMS of the high band, L*) at which added texture is halved. */
    static final float TEXTURE_DETAIL = 1.5f;

    private final double amount, evenness, blemish, texture, size;
    private final SkinColourModel model;

    SkinRetouchKernel(double amount, double evenness, double blemish, double texture, double size, double tolerance) {
        this.amount = amount;
        this.evenness = evenness;
        this.blemish = blemish;
        this.texture = texture;
        this.size = size;
        this.model = new SkinColourModel(tolerance);
    }

    @Override public Locality locality() { return Locality.NEIGHBOURHOOD; }

    @Override public boolean isIdentity() {
        return amount == 0 || (evenness == 0 && blemish == 0 && texture == 0);
    }

    /** Radii in output pixels at one render scale. */
    private record Radii(double fineSigma, int fine, double spotSigma, int spotBlur, int spot, int spotSmooth, int mask, SkinTone tone) {
        /** Pixels around the output the full-resolution (non-grid) part reads. */
        int near() { return Math.max(Math.max(2 * mask, 2 * fine + spot), 2 * spotBlur + 2 * spot + spotSmooth); }
    }

    private Radii radii(RenderContext ctx) {
        double fineSigma = ctx.diagonalFraction(FINE_FRACTION * size);
        double spotSigma = ctx.diagonalFraction(SPOT_BLUR_FRACTION * size);
        int spot = Math.max(1, (int) Math.round(ctx.diagonalFraction(SPOT_FRACTION * size)));
        int mask = Math.max(1, (int) Math.round(ctx.diagonalFraction(MASK_FRACTION)));
        return new Radii(fineSigma, BoxFilter.reach(fineSigma), spotSigma, BoxFilter.reach(spotSigma), spot, Math.max(1, spot / 4), mask, new SkinTone(ctx.diagonalFraction(TONE_FRACTION * size)));
    }

    @Override public int halo(RenderContext ctx) {
        Radii r = radii(ctx);
        return Math.max(r.near(), r.tone().halo());
    }

    /** The soft automatic skin mask over rect (src must cover rect grown by this kernel's halo). */
    float[] skinMask(FloatImage src, Rect rect, RenderContext ctx) {
        Radii rad = radii(ctx);
        Plane[] lab = lab(src, rect.expand(2 * rad.mask()));
        return crop(BoxFilter.blur(membership(lab), rad.mask()), rect).v;
    }

    @Override public void apply(FloatImage src, FloatImage dst, RenderContext ctx) {
        Radii rad = radii(ctx);
        Rect out = dst.bounds();
        Rect core = out.expand(rad.near());
        Plane[] lab = lab(src, core);
        Plane membership = membership(lab);
        Plane mask = crop(BoxFilter.blur(membership, rad.mask()), out);
        if (isZero(mask)) {
            // No skin in this tile (sky, clothes, most of a landscape): nothing to compute.
            src.copyInto(out, dst);
            return;
        }
        // The fine means reach one spot radius beyond the output, where texture measures the
        // existing fine detail.
        Plane[] fine = skinWeightedBlur(lab, membership, out.expand(rad.spot()), rad.fineSigma());

        Plane dark = null, red = null, darkNear = null, redNear = null;
        if (blemish > 0) {
            Plane detectL = BoxFilter.blurSigma(lab[0], rad.spotSigma()), detectA = BoxFilter.blurSigma(lab[1], rad.spotSigma());
            Plane darkFill = SpotDetector.darkSpots(detectL, rad.spot()), redFill = SpotDetector.darkSpots(negate(detectA), rad.spot());
            // The fill itself heals; its local mean decides where: a spot's skirt, whose own
            // fill is below the threshold, still counts as part of the spot.
            dark = crop(darkFill, out);
            red = crop(redFill, out);
            darkNear = crop(BoxFilter.mean(darkFill, rad.spotSmooth()), out);
            redNear = crop(BoxFilter.mean(redFill, rad.spotSmooth()), out);
        }
        Plane[] tone = evenness > 0 ? rad.tone().over(src, out, model, fine) : null;
        Plane pores = null, detail = null;
        if (texture > 0) {
            pores = PoreTexture.field(out, ctx, PORE_FRACTION * size * Math.hypot(ctx.fullWidth(), ctx.fullHeight()));
            detail = fineDetail(lab[0], fine[0], rad.spot());
        }

        float e = (float) evenness, bl = (float) blemish, tx = (float) texture * TEXTURE_L, amt = (float) amount;
        float keepL = -0.5f / (LIGHTNESS_KEEP * LIGHTNESS_KEEP), keepC = -0.5f / (CHROMA_KEEP * CHROMA_KEEP);
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] dr = dst.plane(0), dg = dst.plane(1), db = dst.plane(2);
        float[] rgb = new float[3];
        int i = 0;
        for (int y = out.y(); y < out.bottom(); y++) {
            for (int x = out.x(); x < out.right(); x++, i++) {
                int si = src.index(x, y);
                float w = amt * mask.v[i];
                if (w <= 0f) {
                    dr[i] = sr[si]; dg[i] = sg[si]; db[i] = sb[si];
                    continue;
                }
                int ci = lab[0].index(x, y), fi = fine[0].index(x, y);
                float l = lab[0].v[ci], a = lab[1].v[ci], b = lab[2].v[ci];
                float gl = fine[0].v[fi], ga = fine[1].v[fi], gb = fine[2].v[fi];
                float dl = 0f, da = 0f, dbb = 0f;
                if (dark != null) {
                    // Lift the spot to its surroundings; the smooth part moves with it so evenness
                    // below does not count the spot twice.
                    float lift = bl * SkinColourModel.rise(darkNear.v[i], SPOT_MIN, SPOT_FULL) * dark.v[i];
                    float calm = bl * SkinColourModel.rise(redNear.v[i], SPOT_MIN, SPOT_FULL) * red.v[i];
                    dl += lift;
                    gl += lift;
                    da -= calm;
                    ga -= calm;
                }
                if (tone != null) {
                    float devL = gl - tone[0].v[i], devA = ga - tone[1].v[i], devB = gb - tone[2].v[i];
                    dl -= e * devL * (float) Math.exp(keepL * devL * devL);
                    float chroma2 = devA * devA + devB * devB;
                    float pull = e * (float) Math.exp(keepC * chroma2);
                    da -= pull * devA;
                    dbb -= pull * devB;
                }
                if (pores != null) {
                    // Soft light: strongest in the midtones, none at black and white; and only
                    // where the skin lacks fine detail of its own (plastic skin, not real pores
                    // or hair).
                    float v = Math.min(1f, Math.max(0f, (l + dl) / 100f));
                    float d2 = detail.v[i] / (TEXTURE_DETAIL * TEXTURE_DETAIL);
                    dl += tx * 4f * v * (1f - v) * pores.v[i] / (1f + d2);
                }
                CieLab.toLinear(l + w * dl, a + w * da, b + w * dbb, rgb);
                // Keep whatever the Lab round trip cannot represent (negative components).
                dr[i] = rgb[0] + Math.min(sr[si], 0f);
                dg[i] = rgb[1] + Math.min(sg[si], 0f);
                db[i] = rgb[2] + Math.min(sb[si], 0f);
            }
        }
    }

    /**
     * The fine-scale means of L*, a*, b* over out, weighted by skin membership (plus a little of
     * everything, so the mean stays defined without skin). An unweighted blur would mix the dark of
     * hair, eyes and lashes into the skin beside them, which evenness would then lift: a bright rim
     * along every edge inside the mask.
     */
    private static Plane[] skinWeightedBlur(Plane[] lab, Plane membership, Rect out, double sigma) {
        Rect in = out.expand(2 * BoxFilter.reach(sigma));
        Plane weight = crop(membership, in);
        for (int i = 0; i < weight.v.length; i++) weight.v[i] += FINE_FALLBACK_WEIGHT;
        Plane den = BoxFilter.blurSigma(weight, sigma);
        Plane[] mean = new Plane[3];
        for (int c = 0; c < 3; c++) {
            Plane v = crop(lab[c], in);
            for (int i = 0; i < v.v.length; i++) v.v[i] *= weight.v[i];
            mean[c] = BoxFilter.blurSigma(v, sigma);
            for (int i = 0; i < den.v.length; i++) mean[c].v[i] /= den.v[i];
        }
        return mean;
    }

    private static Plane[] lab(FloatImage src, Rect r) {
        Plane[] p = {new Plane(r), new Plane(r), new Plane(r)};
        float[] sr = src.plane(0), sg = src.plane(1), sb = src.plane(2);
        float[] lab = new float[3];
        int i = 0;
        for (int y = r.y(); y < r.bottom(); y++) {
            int si = src.index(r.x(), y);
            for (int x = 0; x < r.width(); x++, i++) {
                CieLab.fromLinear(sr[si + x], sg[si + x], sb[si + x], lab);
                p[0].v[i] = lab[0];
                p[1].v[i] = lab[1];
                p[2].v[i] = lab[2];
            }
        }
        return p;
    }

    private Plane membership(Plane[] lab) {
        Plane m = new Plane(lab[0].rect);
        for (int i = 0; i < m.v.length; i++) m.v[i] = model.membership(lab[0].v[i], lab[1].v[i], lab[2].v[i]);
        return m;
    }

    /** Local mean square of the high band (L* minus its fine mean) over (2r+1)² windows. */
    private static Plane fineDetail(Plane l, Plane fineL, int r) {
        Plane hf = new Plane(fineL.rect);
        for (int y = hf.rect.y(); y < hf.rect.bottom(); y++) {
            for (int x = hf.rect.x(); x < hf.rect.right(); x++) {
                float d = l.at(x, y) - fineL.at(x, y);
                hf.v[hf.index(x, y)] = d * d;
            }
        }
        return BoxFilter.mean(hf, r);
    }

    private static boolean isZero(Plane p) {
        for (float v : p.v) if (v > 0f) return false;
        return true;
    }

    private static Plane negate(Plane p) {
        Plane n = new Plane(p.rect);
        for (int i = 0; i < n.v.length; i++) n.v[i] = -p.v[i];
        return n;
    }

    /** A copy of p over r (always a copy: callers modify it). */
    private static Plane crop(Plane p, Rect r) {
        Plane out = new Plane(r);
        for (int y = r.y(); y < r.bottom(); y++) System.arraycopy(p.v, p.index(r.x(), y), out.v, (y - r.y()) * r.width(), r.width());
        return out;
    }
}
