package dev.patina.ops.relight;

import dev.patina.image.LightColour;
import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Params;
import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.image.Srgb;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.BoxMean;
import dev.patina.ops.depth.DepthScenes;
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

class RelightTest {
    static final int N = 512;

    /**
     * A Lambertian sphere in front of a wall, seen by the pinhole camera relight assumes (50 mm
     * full-frame equivalent), with its z-depth, a textured albedo and its unit normals.
     */
    static final class Sphere {
        final float[] albedo = new float[N * N], depth = new float[N * N];
        final float[][] normal = new float[3][N * N];
        final boolean[] onSphere = new boolean[N * N];

        Sphere() {
            double f = 50.0 / 36 * N, cz = -3, radius = 0.62;
            Random rnd = new Random(3);
            float[] noise = new float[N * N];
            for (int i = 0; i < noise.length; i++) noise[i] = (float) rnd.nextGaussian();
            // Albedo texture at 1–2 px (pores) and ~6 px (blotches).
            float[] blotch = BoxMean.of(noise, N, N, 3);
            for (int y = 0; y < N; y++) for (int x = 0; x < N; x++) {
                int i = y * N + x;
                double dx = (x + 0.5 - N / 2.0) / f, dy = -(y + 0.5 - N / 2.0) / f, dz = -1;
                double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
                dx /= len; dy /= len; dz /= len;
                // Ray from the origin: |t·dir − c|² = R², c = (0, 0, cz).
                double b = dz * cz, disc = b * b - (cz * cz - radius * radius);
                if (disc > 0) {
                    double t = b - Math.sqrt(disc);
                    double px = t * dx, py = t * dy, pz = t * dz;
                    normal[0][i] = (float) (px / radius);
                    normal[1][i] = (float) (py / radius);
                    normal[2][i] = (float) ((pz - cz) / radius);
                    depth[i] = (float) -pz;
                    onSphere[i] = true;
                    albedo[i] = (float) (0.6 * (1 + 0.08 * noise[i] + 0.5 * blotch[i]));
                } else {
                    normal[2][i] = 1;
                    depth[i] = 6;
                    albedo[i] = 0.3f;
                }
            }
        }

        /** The sphere lit by a white directional light l (unit vector towards it), no ambient. */
        FloatImage lit(double lx, double ly, double lz) {
            FloatImage img = new FloatImage(N, N);
            for (int i = 0; i < N * N; i++) {
                float s = (float) Math.max(0, normal[0][i] * lx + normal[1][i] * ly + normal[2][i] * lz);
                for (int c = 0; c < 3; c++) img.plane(c)[i] = albedo[i] * s;
            }
            return img;
        }

        DepthMap depthMap() {
            float[] v = new float[N * N];
            for (int i = 0; i < v.length; i++) v[i] = DepthScenes.valueFor(depth[i]);
            return new DepthMap(N, N, v);
        }
    }

    static FloatImage render(FloatImage img, Params p, Resources res, int tile) {
        Document doc = TestImages.emptyDoc().withLayers(List.of(Layer.of("relight", p)));
        try (TileRenderer r = new TileRenderer(2, tile, 0)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(img), res, 1), ProgressListener.NONE, new CancelToken());
        }
    }

    static Params sideLight() {
        // Light from the left, 60° off the view axis: elevation 30°.
        return new RelightOp().schema().defaults().with("depth", "sphere.pfm").with("depthMode", "near-black")
            .with("azimuth", 0.0).with("elevation", 30.0).with("ambient", 0.0).with("flatten", 1.0)
            .with("intensity", 1.0).with("softness", 0.0).with("temperature", 6500.0);
    }

    /** Shading of a textured image: its local mean over the albedo's local mean (box radius 3). */
    static float[] shading(FloatImage img, float[] albedo) {
        float[] a = BoxMean.of(albedo, N, N, 3), m = BoxMean.of(img.plane(1), N, N, 3);
        float[] s = new float[N * N];
        for (int i = 0; i < s.length; i++) s[i] = m[i] / a[i];
        return s;
    }

    @Test
    void frontallyLitSphereRelitFromTheSideMatchesTheSphereLitFromTheSide() {
        Sphere sp = new Sphere();
        double el = Math.toRadians(30);
        double lx = -Math.cos(el), ly = 0, lz = Math.sin(el);
        FloatImage frontal = sp.lit(0, 0, 1), truth = sp.lit(lx, ly, lz);
        FloatImage out = render(frontal, sideLight(), DepthScenes.serving(sp.depthMap()), 128);
        // Wall pixels: flat, lit at n·l = sin 30° = 0.5 of frontal.
        float[] sOut = shading(out, sp.albedo), sTrue = shading(truth, sp.albedo);
        boolean[] inside = erode(sp.onSphere, 8);
        double ssim = Ssim.mean(sOut, sTrue, N, N, inside);
        System.out.printf("relight sphere: shading SSIM %.4f%n", ssim);
        assertTrue(ssim >= 0.9, "shading SSIM " + ssim);
        // Terminator: on rows through the sphere, where the shading falls below 0.05 going right.
        double worst = 0;
        for (int y = 176; y <= 336; y += 16) {
            double tOut = crossing(sOut, sp.onSphere, y, 0.05f), tTrue = crossing(sTrue, sp.onSphere, y, 0.05f);
            worst = Math.max(worst, Math.abs(tOut - tTrue));
        }
        System.out.printf("relight sphere: terminator off by at most %.2f px%n", worst);
        assertTrue(worst <= 2, "terminator within 2 px: " + worst);
        // The wall (flat, n = v) goes from 1 × albedo to sin 30° × albedo.
        assertEquals(0.5 * 0.3, out.plane(1)[20 * N + 20], 0.01);
    }

    @Test
    void highPassDetailIsKept() {
        Sphere sp = new Sphere();
        FloatImage frontal = sp.lit(0, 0, 1);
        // The default look (ambient fill, half flatten): the detail is the same detail.
        Params soft = new RelightOp().schema().defaults().with("depth", "sphere.pfm").with("depthMode", "near-black");
        FloatImage out = render(frontal, soft, DepthScenes.serving(sp.depthMap()), 4096);
        double corr = highPassCorrelation(frontal, out, erode(sp.onSphere, 8), false);
        System.out.printf("relight high-pass correlation, default look: %.4f%n", corr);
        assertTrue(corr >= 0.95, "high-pass correlation " + corr);
        // The hard side light with no ambient puts a third of the sphere in black shadow, where no
        // detail can survive (nor does it in the ground truth). Where the new light reaches, the
        // detail relative to the local light level is unchanged.
        FloatImage side = render(frontal, sideLight(), DepthScenes.serving(sp.depthMap()), 4096);
        boolean[] lit = erode(sp.onSphere, 8);
        double el = Math.toRadians(30);
        for (int i = 0; i < lit.length; i++) lit[i] &= -Math.cos(el) * sp.normal[0][i] + Math.sin(el) * sp.normal[2][i] > 0.2;
        double all = highPassCorrelation(frontal, side, erode(sp.onSphere, 8), false);
        double relative = highPassCorrelation(frontal, side, lit, true);
        double truthRelative = highPassCorrelation(frontal, sp.lit(-Math.cos(el), 0, Math.sin(el)), lit, true);
        System.out.printf("  (the ground-truth side-lit sphere scores %.4f on the same measure)%n", truthRelative);
        System.out.printf("relight high-pass correlation, hard side light: %.4f whole sphere, %.4f relative detail where lit%n", all, relative);
        assertTrue(relative >= 0.95, "relative high-pass correlation " + relative);
    }

    @Test
    void neutralGreyLitAt3200KelvinMeasures3200() {
        FloatImage grey = TestImages.uniform(64, 64, 0.18f, 0.18f, 0.18f);
        Params p = new RelightOp().schema().defaults().with("temperature", 3200.0).with("ambient", 0.0).with("flatten", 0.0)
            .with("elevation", 90.0).with("intensity", 1.0);
        FloatImage out = render(grey, p, Resources.NONE, 4096);
        int i = 32 * 64 + 32;
        double[] xyz = LightColour.rgbToXyz(out.plane(0)[i], out.plane(1)[i], out.plane(2)[i]);
        double sum = xyz[0] + xyz[1] + xyz[2];
        double cct = LightColour.mccamyCct(xyz[0] / sum, xyz[1] / sum);
        System.out.printf("grey lit at 3200 K measures %.0f K (luminance %.4f of 0.18)%n", cct, xyz[1]);
        assertEquals(3200, cct, 100);
        assertEquals(0.18, xyz[1], 0.005, "temperature does not change brightness");
        for (double t : new double[] {1800, 2700, 4000, 5000, 6500, 9000, 12000}) {
            double[] xy = LightColour.planckianXy(t);
            // McCamy's cubic is a fit good to a few percent over 2000–12500 K (it reads 12000 K as ~11600).
            assertEquals(t, LightColour.mccamyCct(xy[0], xy[1]), t * 0.04, "Kang xy and McCamy agree at " + t);
        }
    }

    @Test
    void tiledEqualsWholeWithADepthMap() {
        Sphere sp = new Sphere();
        FloatImage frontal = sp.lit(0, 0, 1);
        Resources res = DepthScenes.serving(sp.depthMap());
        Params p = new RelightOp().schema().defaults().with("depth", "sphere.pfm").with("depthMode", "near-black");
        assertTrue(render(frontal, p, res, 4096).sameAs(render(frontal, p, res, 37)));
    }

    static double crossing(float[] s, boolean[] mask, int y, float level) {
        for (int x = 1; x < N; x++) {
            int i = y * N + x;
            if (!mask[i] || !mask[i - 1]) continue;
            if (s[i - 1] >= level && s[i] < level) return x - 1 + (s[i - 1] - level) / (s[i - 1] - s[i]);
        }
        return Double.NaN;
    }

    static boolean[] erode(boolean[] m, int r) {
        boolean[] out = new boolean[m.length];
        for (int y = r; y < N - r; y++) for (int x = r; x < N - r; x++) {
            boolean all = true;
            for (int dy = -r; dy <= r && all; dy += r) for (int dx = -r; dx <= r && all; dx += r) all = m[(y + dy) * N + x + dx];
            out[y * N + x] = all;
        }
        return out;
    }

    /** Pearson correlation of the 5×5 high-pass of luminance; relative = divided by the local mean. */
    static double highPassCorrelation(FloatImage a, FloatImage b, boolean[] mask, boolean relative) {
        float[] la = luma(a), lb = luma(b);
        float[] ma = BoxMean.of(la, N, N, 2), mb = BoxMean.of(lb, N, N, 2);
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < la.length; i++) {
            if (!mask[i]) continue;
            double ha = la[i] - ma[i], hb = lb[i] - mb[i];
            if (relative) { ha /= ma[i]; hb /= mb[i]; }
            sab += ha * hb;
            saa += ha * ha;
            sbb += hb * hb;
        }
        return sab / Math.sqrt(saa * sbb);
    }

    static float[] luma(FloatImage img) {
        float[] l = new float[img.width() * img.height()];
        for (int i = 0; i < l.length; i++) l[i] = Srgb.luminance(img.plane(0)[i], img.plane(1)[i], img.plane(2)[i]);
        return l;
    }
}
