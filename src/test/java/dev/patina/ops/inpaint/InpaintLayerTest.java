package dev.patina.ops.inpaint;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.image.DepthMap;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inpaint layer in the renderer: hole from the layer's mask or a mask file, tiled = whole. */
class InpaintLayerTest {
    private static final int W = 240, H = 160;

    private static short[] disc(int w, int h, double cx, double cy, double r) {
        short[] v = new short[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
            double dx = x + 0.5 - cx * w, dy = y + 0.5 - cy * h;
            if (dx * dx + dy * dy <= r * r * w * w) v[y * w + x] = (short) 65535;
        }
        return v;
    }

    private static FloatImage render(Document doc, FloatImage src, Resources res, int threads, int tile) {
        try (TileRenderer r = new TileRenderer(threads, tile, 0)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(src), res, 1), ProgressListener.NONE, new CancelToken());
        }
    }

    private static Layer inpaint() {
        return Layer.of("Inpaint", OpRegistry.require(InpaintOp.ID).schema().defaults().with("method", "patch"));
    }

    @Test
    void holeIsTheLayersMaskAndTiledEqualsWhole() {
        FloatImage src = TestImages.scene(W, H, 3);
        MaskRaster m = MaskRaster.fromValues(W, H, disc(W, H, 0.4, 0.5, 0.12));
        Document doc = TestImages.emptyDoc().withLayers(List.of(inpaint().withMask(new Mask.Painted(m, false))));
        FloatImage whole = render(doc, src, Resources.NONE, 1, 4096);
        FloatImage tiled = render(doc, src, Resources.NONE, 2, 48);
        assertThat(tiled.sameAs(whole)).isTrue();
        int inside = (H / 2) * W + (int) (0.4 * W), outside = 5 * W + 5;
        assertThat(whole.plane(0)[inside]).as("the hole is filled").isNotEqualTo(src.plane(0)[inside]);
        for (int c = 0; c < 3; c++) assertThat(whole.plane(c)[outside]).isEqualTo(src.plane(c)[outside]);
        float[] hole = new float[W * H];
        for (int i = 0; i < hole.length; i++) hole[i] = m.value(i % W, i / W);
        assertThat(InpaintMetrics.maxChangeOutside(src, whole, hole)).isZero();
    }

    @Test
    void aHoleFileOfAnotherSizeIsResampledToThePicture() {
        FloatImage src = TestImages.scene(W, H, 3);
        short[] half = disc(W / 2, H / 2, 0.4, 0.5, 0.12);
        float[] hv = new float[half.length];
        for (int i = 0; i < hv.length; i++) hv[i] = (half[i] & 0xffff) / 65535f;
        DepthMap file = new DepthMap(W / 2, H / 2, hv);
        Resources res = new Resources() {
            @Override public dev.patina.image.Lut3D lut(String path) { throw new UnsupportedOperationException(); }
            @Override public DepthMap maskImage(String path) { return file; }
        };
        Document fromFile = TestImages.emptyDoc().withLayers(List.of(inpaint().withParam("hole", "hole.png")));
        FloatImage a = render(fromFile, src, res, 2, 64);
        // The same hole painted at full size: the resampled file's hole is that disc.
        float[] resampled = InpaintKernel.resample(file, W, H);
        short[] full = disc(W, H, 0.4, 0.5, 0.12);
        int differ = 0, area = 0;
        for (int i = 0; i < resampled.length; i++) {
            if ((resampled[i] > 0.5f) != (full[i] != 0)) differ++;
            if (full[i] != 0) area++;
        }
        // Only the half-resolution staircase along the edge may disagree: a few % of the hole.
        assertThat(differ).as("pixels where the resampled hole and the full-size disc disagree").isLessThan(area / 20);
        for (int i = 0; i < resampled.length; i++) {
            if (resampled[i] <= 0.5f) for (int c = 0; c < 3; c++) assertThat(a.plane(c)[i]).isEqualTo(src.plane(c)[i]);
        }
        assertThat(a.sameAs(src)).as("something was filled").isFalse();
    }
}
