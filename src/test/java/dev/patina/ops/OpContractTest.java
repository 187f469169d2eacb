package dev.patina.ops;

import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.image.FloatImage;
import dev.patina.image.Srgb;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties every layer type must have: zero is identity, output finite and in range, defaults change the image. */
class OpContractTest {

    private static FloatImage apply(Op op, Params p, FloatImage src) {
        OpKernel k = op.prepare(p, Resources.NONE);
        RenderContext ctx = new RenderContext(src.width(), src.height(), 1, 99);
        if (k.readsLayerMask()) ctx = ctx.withLayerMask(centreDisc(src.width(), src.height()));
        int halo = k.locality() == Locality.NEIGHBOURHOOD ? k.halo(ctx) : 0;
        FloatImage in = halo > 0 ? src.extendedTo(src.bounds().expand(halo)) : src;
        FloatImage out = new FloatImage(src.bounds());
        k.apply(in, out, ctx);
        return out;
    }

    /**
     * The mask a kernel that reads its layer mask gets here, as the renderer would give it: a disc
     * in the middle (the subject of a depth estimate, the hole of an inpaint layer).
     */
    private static float[] centreDisc(int w, int h) {
        float[] m = new float[w * h];
        double r = 0.15 * Math.min(w, h);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - w / 2.0, dy = y + 0.5 - h / 2.0;
            if (dx * dx + dy * dy <= r * r) m[y * w + x] = 1;
        }
        return m;
    }

    /**
     * The params that switch the op off: its mix param, "amount" or "strength" at 0; an op with none
     * of them (tone) must be neutral at its defaults, every number at 0.
     */
    private static Params zero(Op op) {
        Params p = op.schema().defaults();
        String mix = op.schema().mixParam();
        if (mix != null) return p.with(mix, 0.0);
        for (String name : List.of("amount", "strength")) {
            if (op.schema().spec(name) != null) return p.with(name, 0.0);
        }
        for (ParamSpec s : op.schema().specs()) {
            if (s instanceof ParamSpec.Number n && n.defaultNumber() != 0) throw new AssertionError(op.id() + " has no off switch");
        }
        return p;
    }

    /** Params that visibly change the image: the defaults, or for a neutral-by-default op every number at a tenth of its maximum (a mild setting). */
    private static Params active(Op op) {
        Params p = op.schema().defaults();
        if (!op.prepare(p, Resources.NONE).isIdentity()) return p;
        for (ParamSpec s : op.schema().specs()) if (s instanceof ParamSpec.Number n) p = p.with(n.name(), n.max() / 10);
        return p;
    }

    @TestFactory
    List<DynamicTest> everyOp() {
        List<DynamicTest> tests = new ArrayList<>();
        FloatImage scene = TestImages.scene(160, 120, 3);
        for (Op op : OpRegistry.all()) {
            tests.add(DynamicTest.dynamicTest(op.id() + " at zero is identity", () -> {
                Params z = zero(op);
                assertTrue(op.prepare(z, Resources.NONE).isIdentity(), "kernel says identity");
                // The renderer drops identity layers, so a wrong flag would delete a layer
                // silently: the pixels must agree, within one 8-bit level.
                FloatImage out = apply(op, z, scene);
                float worst = 0;
                for (int c = 0; c < 3; c++) {
                    for (int i = 0; i < out.plane(c).length; i++) {
                        worst = Math.max(worst, Math.abs(dev.patina.image.Srgb.encode(out.plane(c)[i]) - dev.patina.image.Srgb.encode(scene.plane(c)[i])));
                    }
                }
                assertTrue(worst <= 1f / 255, op.id() + " at zero moves a pixel by " + worst * 255 + " levels");
            }));
            tests.add(DynamicTest.dynamicTest(op.id() + " defaults (or settings) change the image, stay finite and near range", () -> {
                FloatImage out = apply(op, active(op), scene);
                assertFalse(out.sameAs(scene));
                for (int c = 0; c < 3; c++) for (float v : out.plane(c)) {
                    assertTrue(Float.isFinite(v), "finite");
                    assertTrue(v >= -0.01f && v <= 8f, "in range: " + v);
                }
            }));
            tests.add(DynamicTest.dynamicTest(op.id() + " survives extreme params and extreme pixels", () -> {
                Random rnd = new Random(1);
                FloatImage wild = new FloatImage(64, 48);
                for (int c = 0; c < 3; c++) for (int i = 0; i < wild.plane(c).length; i++) {
                    wild.plane(c)[i] = switch (rnd.nextInt(4)) { case 0 -> 0f; case 1 -> 1f; case 2 -> 50f; default -> rnd.nextFloat(); };
                }
                for (ParamSpec s : op.schema().specs()) {
                    if (!(s instanceof ParamSpec.Number n)) continue;
                    for (double v : new double[] {n.min(), n.max()}) {
                        FloatImage out = apply(op, op.schema().defaults().with(s.name(), v), wild);
                        for (int c = 0; c < 3; c++) for (float x : out.plane(c)) assertTrue(Float.isFinite(x), s.name() + "=" + v);
                    }
                }
            }));
        }
        return tests;
    }

    /** Mean encoded value of a render within the 8-bit level budget of a mean-preserving op. */
    static double meanEncoded(FloatImage img, int c) {
        double s = 0;
        for (float v : img.plane(c)) s += Srgb.encode(v);
        return s / img.plane(c).length;
    }

    @TestFactory
    List<DynamicTest> paramsRoundTripThroughTheirDeclaration() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Op op : OpRegistry.all()) {
            tests.add(DynamicTest.dynamicTest(op.id(), () -> {
                Params d = op.schema().defaults();
                assertEquals(d, op.schema().parse(d.values(), op.schema().version()));
            }));
        }
        return tests;
    }
}
