package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.image.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceTest {
    private static Face face(int x, int w, double lx, double rx, double score) {
        return new Face(new Rect(x, 100, w, w), new EyePoint(lx, 140), new EyePoint(rx, 140), score, false);
    }

    @Test
    void theNearerEyeHasMoreFaceBesideIt() {
        // Head turned to the image's right: the left eye has a wide cheek beside it, the right one sits near the outline.
        Face turned = face(100, 100, 140, 185, 0.9);
        assertThat(turned.nearerEye()).isEqualTo(turned.leftEye());
        Face other = face(100, 100, 115, 160, 0.9);
        assertThat(other.nearerEye()).isEqualTo(other.rightEye());
    }

    @Test
    void aFrontalFaceTakesTheEyeNearerTheCentreLine() {
        Face frontal = face(100, 100, 131, 171, 0.9); // gaps 31 and 29: frontal; 171 is 21 from the centre, 131 is 19
        assertThat(frontal.nearerEye()).isEqualTo(frontal.leftEye());
    }

    @Test
    void focusIsTheNearerEyeOfTheLargestFace() {
        Face small = face(0, 50, 15, 35, 0.99);
        Face big = face(300, 200, 380, 470, 0.5);
        assertThat(Face.largest(List.of(small, big))).contains(big);
        assertThat(Face.focusPoint(List.of(small, big))).contains(big.nearerEye());
        assertThat(Face.focusPoint(List.of())).isEmpty();
        assertThat(big.interocularDistance()).isEqualTo(90);
    }
}
