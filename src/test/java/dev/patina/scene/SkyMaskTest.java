package dev.patina.scene;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patina.image.FloatImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Sky on real photographs: found where the frame's top sees blue sky, not found indoors. */
class SkyMaskTest {
    /** Mean alpha of the rows between fractions y0 and y1 of the height. */
    static double rows(float[] a, int w, int h, double y0, double y1) {
        double s = 0;
        long n = 0;
        for (int y = (int) (y0 * h); y < (int) (y1 * h); y++) for (int x = 0; x < w; x++) { s += a[y * w + x]; n++; }
        return s / n;
    }

    @Test
    void theBeachPhotoHasSkyAboveAndNoneOnTheSand() {
        FloatImage img = MatteComposites.photo("real-camera-exif_island_olympus.jpg");
        float[] sky = SceneMatte.sky(img);
        int w = img.width(), h = img.height();
        assertTrue(rows(sky, w, h, 0, 0.2) > 0.95, "top fifth is sky: " + rows(sky, w, h, 0, 0.2));
        assertTrue(rows(sky, w, h, 0.7, 1) < 0.01, "sea and sand are not: " + rows(sky, w, h, 0.7, 1));
        // Soft alpha at the horizon and around the tree: some values strictly between 0 and 1.
        int soft = 0;
        for (float v : sky) if (v > 0.05f && v < 0.95f) soft++;
        assertTrue(soft > w, "a soft edge, not a cut-out: " + soft + " soft pixels");
    }

    @ParameterizedTest
    @ValueSource(strings = {"coffee.png", "chelsea.png", "kodim15.png", "kodim23.png", "real-camera-exif_sunset_nikon-d90.png"})
    void noSkyWhereThereIsNone(String name) {
        // The sunset is listed here on purpose: an orange sky is not sky-coloured by this test
        // (a known limitation, stated in SkyMask), so it must at least not produce a wrong mask.
        FloatImage img = MatteComposites.photo(name);
        float[] sky = SceneMatte.sky(img);
        assertTrue(rows(sky, img.width(), img.height(), 0, 1) < 0.01, name + ": " + rows(sky, img.width(), img.height(), 0, 1));
    }
}
