package dev.patina.ui.overlay;

import dev.patina.image.Rect;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** A computed overlay laid over tiles of any scale and position. */
class FieldTintTest {

    private static ColourField halves(int w, int h, int leftArgb, int rightArgb) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) argb[y * w + x] = x < w / 2 ? leftArgb : rightArgb;
        return new ColourField(w, h, argb);
    }

    @Test
    void anOpaqueFieldReplacesAndATransparentOneLeavesThePicture() {
        ColourField f = halves(8, 4, 0xff102030, 0x00ffffff);
        int[] rgb = new int[8 * 4];
        Arrays.fill(rgb, 0x808080);
        new FieldTint(f).tint(new Rect(0, 0, 8, 4), 1, 8, 4, rgb);
        assertThat(rgb[0]).isEqualTo(0x102030);
        assertThat(rgb[2]).isEqualTo(0x102030);
        assertThat(rgb[5]).isEqualTo(0x808080);
        assertThat(rgb[7]).isEqualTo(0x808080);
    }

    @Test
    void halfAlphaMixesHalfway() {
        ColourField f = new ColourField(2, 2, new int[] {0x80ff0000, 0x80ff0000, 0x80ff0000, 0x80ff0000});
        int[] rgb = {0x000000, 0x0000ff, 0xffffff, 0x00ff00};
        new FieldTint(f).tint(new Rect(0, 0, 2, 2), 1, 2, 2, rgb);
        assertThat(rgb[0] >>> 16 & 0xff).isBetween(127, 129);
        assertThat(rgb[1] & 0xff).isBetween(126, 128);
        assertThat(rgb[2] >>> 8 & 0xff).isBetween(126, 128);
    }

    @Test
    void aTileOfACoarserPreviewSamplesTheSamePlacesOfTheImage() {
        // Field at full size (scale 1) of a 16 x 16 image; a tile of the image at scale 1/4 is 4 x 4.
        ColourField f = halves(16, 16, 0xff0000ff, 0xffff0000);
        int[] rgb = new int[16];
        new FieldTint(f).tint(new Rect(0, 0, 4, 4), 0.25, 16, 16, rgb);
        assertThat(rgb[0]).isEqualTo(0x0000ff);
        assertThat(rgb[3]).isEqualTo(0xff0000);
    }

    @Test
    void anOffsetTileTakesTheFieldAtItsOwnPosition() {
        // Field at half scale of a 64 x 8 image (32 x 4); the tile is the right half at scale 1.
        ColourField f = halves(32, 4, 0xff00ff00, 0xffff00ff);
        int[] rgb = new int[32 * 8];
        new FieldTint(f).tint(new Rect(32, 0, 32, 8), 1, 64, 8, rgb);
        // Its first pixel straddles the field's colour edge (the image's middle); from the next one on it is right-half colour.
        assertThat(rgb[0] >>> 8 & 0xff).isBetween(1, 254);
        assertThat(rgb[2]).isEqualTo(0xff00ff);
        assertThat(rgb[31]).isEqualTo(0xff00ff);
    }

    @Test
    void aColourDoesNotBleedIntoTheTransparentSideBeyondOneFieldPixel() {
        // Left opaque blue, right fully transparent: between them the picture is mixed, never tinted another colour.
        ColourField f = halves(4, 1, 0xff0000ff, 0x00ff0000);
        int[] rgb = new int[16];
        Arrays.fill(rgb, 0x000000);
        new FieldTint(f).tint(new Rect(0, 0, 16, 1), 4, 4, 1, rgb);
        for (int v : rgb) assertThat(v >>> 16 & 0xff).as("no red from the transparent side").isZero();
        assertThat(rgb[15]).isZero();
        assertThat(rgb[0]).isEqualTo(0x0000ff);
    }

    @Test
    void twoComputationsAreNeverTheSameOverlay() {
        int[] argb = new int[4];
        assertThat(new FieldTint(new ColourField(2, 2, argb))).isNotEqualTo(new FieldTint(new ColourField(2, 2, argb.clone())));
        ColourField same = new ColourField(2, 2, argb);
        assertThat(new FieldTint(same)).isEqualTo(new FieldTint(same));
    }
}
