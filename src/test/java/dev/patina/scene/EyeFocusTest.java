package dev.patina.scene;

import dev.patina.doc.ImagePoint;
import dev.patina.image.Pyramid;
import dev.patina.testing.Pngs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Depth of field's default focus and the picker's snap, on real portraits labelled by hand (eyes.csv). */
class EyeFocusTest {
    static final Path DATA = Path.of("../shared/data");

    @Test
    void aPortraitIsFocusedOnAnEyeAndAClickNearAnEyeLandsOnIt() {
        // kodim04: eyes labelled at (226.5, 326.5) and (350, 352.5) in a 512 x 768 picture.
        Pyramid p = new Pyramid(Pngs.read(DATA.resolve("photos/kodim04.png")));
        EyeFocus eyes = EyeFocus.find(p);
        assertThat(eyes.focus()).isPresent();
        double iod = Math.hypot(350 - 226.5, 352.5 - 326.5);
        ImagePoint f = eyes.focus().get();
        double toLeft = Math.hypot(f.x() * p.width() - 226.5, f.y() * p.height() - 326.5);
        double toRight = Math.hypot(f.x() * p.width() - 350, f.y() * p.height() - 352.5);
        assertThat(Math.min(toLeft, toRight)).as("focus on an eye, within 15% of the interocular distance").isLessThan(0.15 * iod);
        ImagePoint near = new ImagePoint((226.5 + 0.3 * iod) / p.width(), 326.5 / p.height());
        ImagePoint snapped = eyes.snap(near);
        assertThat(Math.hypot(snapped.x() * p.width() - 226.5, snapped.y() * p.height() - 326.5)).isLessThan(0.15 * iod);
        ImagePoint far = new ImagePoint(0.1, 0.9);
        assertThat(eyes.snap(far)).as("a click away from the eyes stays where it is").isEqualTo(far);
    }

    @Test
    void aPictureWithoutPeopleKeepsTheFocusItHas() {
        EyeFocus eyes = EyeFocus.find(new Pyramid(Pngs.read(DATA.resolve("photos/coffee.png"))));
        assertThat(eyes.focus()).isEmpty();
        assertThat(eyes.snap(new ImagePoint(0.4, 0.4))).isEqualTo(new ImagePoint(0.4, 0.4));
    }

    @Test
    void theFaceScaleIsTheLargestFacesEyeDistanceAgainstAPortraitsTenthOfTheDiagonal() {
        // kodim04's labelled eyes are 126 px apart on a 923 px diagonal: 1.37 portraits.
        EyeFocus eyes = EyeFocus.find(new Pyramid(Pngs.read(DATA.resolve("photos/kodim04.png"))));
        assertThat(eyes.faceScale()).hasValueSatisfying(s -> assertThat(s).isCloseTo(1.37, org.assertj.core.data.Offset.offset(0.15)));
        assertThat(EyeFocus.find(new Pyramid(Pngs.read(DATA.resolve("photos/coffee.png")))).faceScale()).isEmpty();
    }
}
