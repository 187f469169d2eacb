package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.image.FloatImage;
import dev.patina.image.Resample;
import dev.patina.io.ImageDecoder;
import dev.patina.testdata.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The detector on real portraits against hand-labelled eye centres (src/test/resources/dev/patina/scene/eyes.csv)
 * and on pictures without people (no-faces.txt). Thresholds come from the measured results: 8 of the 10 labelled
 * faces found with both eyes within 15% of the interocular distance (the two misses: a stylised 3D-cartoon face and a
 * face half hidden behind a glass), a worst matched error of 13% and a mean of about 4%.
 */
class FaceDetectorTest {
    private static final FaceDetector DETECTOR = new FaceDetector();

    record Label(String image, EyePoint left, EyePoint right, double iod) {
        EyePoint reference() {
            if (left == null) return right;
            if (right == null) return left;
            return new EyePoint((left.x() + right.x()) / 2, (left.y() + right.y()) / 2);
        }
    }

    static List<Label> labels() throws IOException {
        List<Label> out = new ArrayList<>();
        for (String line : lines("eyes.csv")) {
            String[] p = line.split(",", -1);
            EyePoint l = p[1].isEmpty() ? null : new EyePoint(Double.parseDouble(p[1]), Double.parseDouble(p[2]));
            EyePoint r = p[3].isEmpty() ? null : new EyePoint(Double.parseDouble(p[3]), Double.parseDouble(p[4]));
            out.add(new Label(p[0], l, r, p[5].isEmpty() ? l.distance(r) : Double.parseDouble(p[5])));
        }
        return out;
    }

    static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = FaceDetectorTest.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.trim());
            }
        }
        return out;
    }

    static FloatImage load(String relative) throws IOException {
        Path p = SharedData.require(relative);
        return new ImageDecoder().decode(p).image();
    }

    /** The worst eye's error over the interocular distance, for the face containing the labelled eyes; NaN if none. */
    static double error(Label label, List<Face> faces) {
        EyePoint ref = label.reference();
        for (Face f : faces) {
            if (!f.box().contains((int) ref.x(), (int) ref.y())) continue;
            double el = label.left() == null ? 0 : label.left().distance(f.leftEye());
            double er = label.right() == null ? 0 : label.right().distance(f.rightEye());
            return Math.max(el, er) / label.iod();
        }
        return Double.NaN;
    }

    @Test
    void findsTheEyesOnLabelledPortraits() throws IOException {
        int hits = 0;
        double sum = 0;
        List<String> report = new ArrayList<>();
        for (Label label : labels()) {
            List<Face> faces = DETECTOR.detect(load(label.image()));
            double e = error(label, faces);
            report.add(label.image() + ": " + faces.size() + " faces, " + (Double.isNaN(e) ? "missed" : "eye error " + Math.round(1000 * e) / 10.0 + "%"));
            // no labelled portrait may have a face found elsewhere in the picture
            assertThat(faces).as(label.image()).hasSizeLessThanOrEqualTo(1);
            if (e <= 0.15) {
                hits++;
                sum += e;
            }
        }
        System.out.println(String.join("\n", report));
        assertThat(hits).as(String.join("; ", report)).isGreaterThanOrEqualTo(8);
        assertThat(sum / hits).as("mean eye error of the hits").isLessThan(0.06);
    }

    @Test
    void findsNoFaceWithoutPeople() throws IOException {
        for (String image : lines("no-faces.txt")) {
            assertThat(DETECTOR.detect(load(image))).as(image).isEmpty();
        }
    }

    @Test
    void findsSeveralFacesAndSmallOnes() throws IOException {
        // Three portraits side by side on a grey canvas, one of them shrunk until its face is 4% of the short side.
        FloatImage hopper = load("photos/grace_hopper.jpg");      // 512x600, face ~231 px
        FloatImage astronaut = load("photos/astronaut.png");      // 512x512, face ~98 px
        FloatImage girl = Resample.half(load("ai-images/dataset-tools/irlgirl2.png")); // 704x512, face ~197 px
        FloatImage tiny = Resample.area(astronaut, 256, 256);     // face ~49 px
        FloatImage canvas = new FloatImage(2000, 1200);
        canvas.fill(0.2f, 0.2f, 0.2f);
        paste(hopper, canvas, 20, 40);
        paste(girl, canvas, 600, 500);
        paste(tiny, canvas, 1500, 200);
        List<Face> faces = DETECTOR.detect(canvas);
        assertThat(faces).hasSize(3);
        assertThat(faces).anySatisfy(f -> assertThat(f.box().contains(1500 + 105, 200 + 55)).isTrue());
        assertThat(faces).anySatisfy(f -> assertThat(f.box().contains(20 + 262, 40 + 188)).isTrue());
        assertThat(faces).anySatisfy(f -> assertThat(f.box().contains(600 + 378, 500 + 170)).isTrue());
        assertThat(faces.get(0).box().area()).isGreaterThanOrEqualTo(faces.get(2).box().area()); // largest first
    }

    @Test
    void aBlackAndWhitePortraitNeedsNoSkinColour() throws IOException {
        FloatImage img = load("photos/grace_hopper.jpg");
        float[] r = img.plane(0), g = img.plane(1), b = img.plane(2);
        for (int i = 0; i < r.length; i++) {
            float y = 0.2126f * r[i] + 0.7152f * g[i] + 0.0722f * b[i];
            r[i] = g[i] = b[i] = y;
        }
        List<Face> faces = DETECTOR.detect(img);
        assertThat(faces).hasSize(1);
        assertThat(faces.get(0).leftEye().distance(new EyePoint(221, 189))).isLessThan(0.15 * 82.5);
    }

    @Test
    void coordinatesAreFullSizeWhateverTheWorkingScale() throws IOException {
        // ComfyUI_01803_ is 16 MP; its working copy is 667 px wide. irlgirl1 at 2x must give the labelled eyes at 2x.
        FloatImage img = load("ai-images/dataset-tools/irlgirl1.png");
        FloatImage big = upscale2(img);
        List<Face> faces = DETECTOR.detect(big);
        assertThat(faces).hasSize(1);
        assertThat(faces.get(0).leftEye().distance(new EyePoint(2 * 528, 2 * 435))).isLessThan(0.15 * 2 * 252.5);
        assertThat(faces.get(0).rightEye().distance(new EyePoint(2 * 776.5, 2 * 389.5))).isLessThan(0.15 * 2 * 252.5);
    }

    @Test
    void noFaceInNoiseOrFlatPictures() {
        FloatImage flat = new FloatImage(800, 600);
        flat.fill(0.5f, 0.35f, 0.25f); // skin-coloured, but nothing in it
        assertThat(DETECTOR.detect(flat)).isEmpty();
        FloatImage noise = new FloatImage(640, 480);
        Random rnd = new Random(7);
        for (int c = 0; c < 3; c++) for (int i = 0; i < noise.plane(c).length; i++) noise.plane(c)[i] = rnd.nextFloat();
        assertThat(DETECTOR.detect(noise)).isEmpty();
        assertThat(DETECTOR.detect(new FloatImage(16, 16))).isEmpty(); // smaller than a window
    }

    private static void paste(FloatImage src, FloatImage dst, int x0, int y0) {
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < src.height(); y++) {
                System.arraycopy(src.plane(c), y * src.width(), dst.plane(c), (y0 + y) * dst.width() + x0, src.width());
            }
        }
    }

    private static FloatImage upscale2(FloatImage src) {
        FloatImage out = new FloatImage(src.width() * 2, src.height() * 2);
        for (int c = 0; c < 3; c++) {
            float[] s = src.plane(c), d = out.plane(c);
            for (int y = 0; y < out.height(); y++) {
                for (int x = 0; x < out.width(); x++) d[y * out.width() + x] = s[(y / 2) * src.width() + x / 2];
            }
        }
        return out;
    }
}
