package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.image.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceMasksTest {
    private static final Face FACE = new Face(new Rect(100, 100, 100, 100), new EyePoint(130, 140), new EyePoint(170, 140), 0.9, false);

    @Test
    void theFaceMaskHoldsForeheadAndChinAndStopsSoftly() {
        float[] m = FaceMasks.faces(List.of(FACE), 400, 400);
        assertThat(m[155 * 400 + 150]).isEqualTo(1f);           // middle of the face
        assertThat(m[(100 - 10) * 400 + 150]).isEqualTo(1f);     // forehead above the box
        assertThat(m[(200 + 20) * 400 + 150]).isEqualTo(1f);     // chin below the box
        assertThat(m[155 * 400 + 20]).isZero();                  // beside the head
        float edge = m[155 * 400 + (150 + 57)];                   // inside the fade
        assertThat(edge).isStrictlyBetween(0f, 1f);
    }

    @Test
    void theEyesMaskIsTwoDiscsAroundTheEyes() {
        float[] m = FaceMasks.eyes(List.of(FACE), 400, 400);
        assertThat(m[140 * 400 + 130]).isEqualTo(1f);
        assertThat(m[140 * 400 + 170]).isEqualTo(1f);
        assertThat(m[140 * 400 + 150]).isZero(); // the bridge of the nose: 20 px from each eye, the discs have radius 10
        assertThat(m[170 * 400 + 130]).isZero();
    }

    @Test
    void noFacesNoMaskAndBoxesOutsideThePictureAreClipped() {
        assertThat(FaceMasks.faces(List.of(), 10, 10)).containsOnly(0f);
        Face cut = new Face(new Rect(-50, -50, 100, 100), new EyePoint(-20, 5), new EyePoint(20, 5), 0.5, false);
        float[] m = FaceMasks.faces(List.of(cut), 60, 60);
        assertThat(m[5 * 60 + 5]).isEqualTo(1f);
        assertThat(FaceMasks.eyes(List.of(cut), 60, 60)[5 * 60 + 20]).isEqualTo(1f);
    }
}
