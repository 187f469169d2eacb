package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CascadeScannerTest {
    /**
     * A plane with a bright-right step edge at column edgeX, overlaid with +-texture stripes along
     * the rows (the scanner skips windows flatter than 6 grey levels, and a 4x4 window's variance
     * is measured on its inner 2x2). Every column sees the same stripes, also where the scanner
     * pads the plane with copies of its edges, so only windows across the edge see a left-right
     * difference.
     */
    private static LumaPlane step(int w, int h, int edgeX, float dark, float bright, int texture) {
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) v[y * w + x] = (x < edgeX ? dark : bright) + (y % 2 == 0 ? texture : -texture);
        }
        return new LumaPlane(w, h, v);
    }

    private static List<Detection> everyPosition(Cascade c, LumaPlane p) {
        int pad = CascadeScanner.PAD;
        return new CascadeScanner(c).scanLevel(new IntegralImage(p.padded(pad)), 1, 1, 1, pad, WindowGate.ALL);
    }

    private static LumaPlane affine(LumaPlane p, float gain, float offset) {
        float[] v = new float[p.width() * p.height()];
        for (int i = 0; i < v.length; i++) v[i] = gain * p.v[i] + offset;
        return new LumaPlane(p.width(), p.height(), v);
    }

    @Test
    void evaluatesStumpsOnVarianceNormalisedRectSums() throws IOException {
        // The window fires where its left half is darker than its right half, i.e. across the edge.
        Cascade c = CascadeXmlTest.tiny(0.5);
        List<Detection> hits = new CascadeScanner(c).scan(step(40, 12, 20, 50, 200, 8), 4, 4.2, 1.1);
        assertThat(hits).isNotEmpty();
        for (Detection d : hits) {
            assertThat(d.width()).isEqualTo(4);
            assertThat(d.x()).isBetween(16.0, 19.0); // straddles x = 20
        }
    }

    @Test
    void aThresholdInUnitsOfTheWindowsContrastDoesNotCareAboutExposure() throws IOException {
        // value / (area * sigma) does not change when the picture is made brighter and more contrasty.
        // Across the edge at x = 20: windows at 17 and 19 score 120 / (4 * 8) = 3.75; the one at 18
        // has twice the difference (240) but its inner 2x2 straddles the edge (sigma 17): 3.5.
        Cascade strict = CascadeXmlTest.tiny(3.6);
        LumaPlane faint = step(40, 12, 20, 50, 80, 8);
        // Every position (step 1), so the test does not depend on the scan's grid.
        List<Detection> a = everyPosition(strict, faint);
        List<Detection> b = everyPosition(strict, affine(faint, 2.5f, 20));
        assertThat(a).isNotEmpty().isEqualTo(b);
        // (windows reaching into the padding above or below the plane see replicated rows, so fewer stripes)
        assertThat(a).filteredOn(d -> d.y() >= 0 && d.bottom() <= 12).isNotEmpty().allSatisfy(d -> assertThat(d.x()).isIn(17.0, 19.0));
    }

    @Test
    void skipsFlatWindowsAndWindowsTheGateRefuses() throws IOException {
        Cascade c = CascadeXmlTest.tiny(-10.0); // would accept anything
        assertThat(new CascadeScanner(c).scan(step(40, 12, 0, 80, 80, 2), 4, 4.2, 1.1)).isEmpty();
        LumaPlane edge = step(40, 12, 20, 50, 200, 8);
        assertThat(new CascadeScanner(c).scan(edge, 4, 4.2, 1.1, (x, y, w, h) -> false)).isEmpty();
        assertThat(new CascadeScanner(c).scan(edge, 4, 4.2, 1.1, (x, y, w, h) -> x > 17)).allSatisfy(d -> assertThat(d.x()).isGreaterThan(17));
    }

    @Test
    void coversTheRequestedSizesInScaleSteps() throws IOException {
        Cascade c = CascadeXmlTest.tiny(0.5);
        List<Detection> hits = new CascadeScanner(c).scan(step(200, 200, 100, 50, 200, 8), 8, 40, 1.25);
        double smallest = hits.stream().mapToDouble(Detection::width).min().orElseThrow();
        double largest = hits.stream().mapToDouble(Detection::width).max().orElseThrow();
        assertThat(smallest).isBetween(8.0, 10.0);
        assertThat(largest).isBetween(30.0, 40.0);
    }

    @Test
    void findsAFaceWithTheRealCascade() {
        // The cascade's own training layout, drawn crudely: dark eyes and mouth on a lighter oval.
        int n = 60;
        float[] v = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double dx = (x - 30) / 22.0, dy = (y - 30) / 27.0;
                float val = dx * dx + dy * dy < 1 ? 170 : 60;
                if (Math.hypot(x - 21, y - 24) < 3.5 || Math.hypot(x - 39, y - 24) < 3.5) val = 40;
                if (y >= 16 && y <= 18 && (Math.abs(x - 21) < 6 || Math.abs(x - 39) < 6)) val = 80; // brows
                if (Math.abs(y - 42) <= 1.5 && Math.abs(x - 30) < 8) val = 70;
                if (Math.abs(x - 30) < 2 && y > 27 && y < 36) val = 150;
                v[y * n + x] = val;
            }
        }
        List<Detection> faces = RectGrouping.group(new CascadeScanner(Cascades.frontalFace())
            .scan(new LumaPlane(n, n, v), 20, 60, 1.1), 1, RectGrouping.DEFAULT_EPS);
        assertThat(faces).anySatisfy(d -> {
            assertThat(d.centreX()).isBetween(24.0, 36.0);
            assertThat(d.centreY()).isBetween(22.0, 38.0);
        });
    }
}
