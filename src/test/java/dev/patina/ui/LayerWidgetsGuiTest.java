package dev.patina.ui;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.ops.OpRegistry;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.prefs.Preferences;

import static dev.patina.ui.GuiTestSupport.canvasPixels;
import static dev.patina.ui.GuiTestSupport.differingPixels;
import static dev.patina.ui.GuiTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The layer widgets on the sample portrait: the focus picker and depth overlay of depth of field,
 * the light sphere of relight, the skin-mask overlay of skin retouch. Layers come in through the
 * same edit the Layer menu runs (AssertJ-Swing can stall re-showing a menu popup).
 */
@Tag("gui")
class LayerWidgetsGuiTest {
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == java.awt.event.InputEvent.META_DOWN_MASK
        ? java.awt.event.InputEvent.META_MASK : java.awt.event.InputEvent.CTRL_MASK;

    @TempDir Path temp;
    private FrameFixture window;
    private EditorFrame frame;
    private Preferences prefs;

    @BeforeAll
    static void display() {
        GuiTestSupport.requireDisplay();
    }

    @BeforeEach
    void openEditor() throws Exception {
        Path image = GuiTestAccess.copySample(temp, "portrait.png");
        prefs = Preferences.userRoot().node("dev/patina/test/" + java.util.UUID.randomUUID());
        frame = GuiActionRunner.execute(() -> EditorApp.start(new AppConfig(temp.resolve("config"), prefs), image));
        window = new FrameFixture(frame);
        waitFor("image open", () -> frame.session().hasImage());
        waitForCanvas();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) window.cleanUp();
        prefs.removeNode();
    }

    /** The preview and any overlay are final for the current state. */
    private void waitForCanvas() {
        waitFor("preview and overlay complete", () -> frame.overlays().isSettled() && frame.canvas().isPreviewComplete());
    }

    private Layer addLayer(String type) {
        GuiActionRunner.execute(() -> frame.edits().add(OpRegistry.require(type)));
        waitForCanvas();
        return selected();
    }

    private Layer selected() {
        return GuiActionRunner.execute(() -> frame.session().selectedLayer());
    }

    private Document document() {
        return GuiActionRunner.execute(() -> frame.session().document());
    }

    private double deviceScale() {
        return GuiActionRunner.execute(() -> frame.canvas().getGraphicsConfiguration().getDefaultTransform().getScaleX());
    }

    /** The canvas point (component pixels) showing image point (fx, fy), fractions of the picture. */
    private Point canvasPoint(double fx, double fy) {
        double s = deviceScale();
        return GuiActionRunner.execute(() -> {
            var vp = frame.canvas().viewport();
            return new Point((int) Math.round(vp.toDeviceX(fx * vp.imageWidth()) / s), (int) Math.round(vp.toDeviceY(fy * vp.imageHeight()) / s));
        });
    }

    private void undo() {
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
    }

    @Test
    void pickFocusClickSetsTheFocusPointMarksItAndOneUndoRestoresIt() {
        Layer dof = addLayer("depth-of-field");
        double x0 = dof.params().point("focus").x(), y0 = dof.params().point("focus").y();
        window.toggleButton("tool.pickFocus").click();
        assertThat(window.toggleButton("tool.pickFocus").target().isSelected()).isTrue();

        Point p = new Point(frame.canvas().getWidth() * 3 / 10, frame.canvas().getHeight() * 4 / 10);
        window.robot().click(frame.canvas(), p, MouseButton.LEFT_BUTTON, 1);
        double s = deviceScale();
        double[] expected = GuiActionRunner.execute(() -> {
            var vp = frame.canvas().viewport();
            return new double[] {vp.toImageX(p.x * s) / vp.imageWidth(), vp.toImageY(p.y * s) / vp.imageHeight()};
        });
        waitFor("focus set", () -> frame.session().selectedLayer().params().point("focus").x() != x0);
        Layer picked = selected();
        assertThat(picked.params().point("focus").x()).isCloseTo(expected[0], offset(0.003));
        assertThat(picked.params().point("focus").y()).isCloseTo(expected[1], offset(0.003));
        waitForCanvas();

        // The marker sits on the focus point: hiding it changes pixels only around the click.
        int[] with = canvasPixels(frame);
        int w = GuiActionRunner.execute(() -> frame.canvas().getWidth());
        var marker = GuiActionRunner.execute(() -> frame.canvas().marker());
        GuiActionRunner.execute(() -> frame.canvas().setMarker(null));
        int[] without = canvasPixels(frame);
        GuiActionRunner.execute(() -> frame.canvas().setMarker(marker));
        int near = 0, far = 0;
        for (int i = 0; i < with.length; i++) {
            if (with[i] == without[i]) continue;
            int dx = i % w - p.x, dy = i / w - p.y;
            if (Math.abs(dx) <= 18 && Math.abs(dy) <= 18) near++;
            else far++;
        }
        assertThat(near).isGreaterThan(40);
        assertThat(far).isZero();

        // The click was one undo step.
        undo();
        waitFor("focus restored", () -> frame.session().selectedLayer().params().point("focus").x() == x0);
        assertThat(selected().params().point("focus").y()).isEqualTo(y0);
        assertThat(document().layers()).hasSize(1);

        // Another tool ends picking.
        window.toggleButton("tool.brush").click();
        assertThat(window.toggleButton("tool.pickFocus").target().isSelected()).isFalse();
        waitForCanvas();
    }

    @Test
    void depthOverlayDarkensTheFarTopAndBrightensTheNearBottom() {
        addLayer("depth-of-field");
        // The sample is a portrait: the new layer focuses on the eye with the person as its mask.
        // This test is about the plain ground plane: focus at the point, no mask.
        assertThat(selected().mask()).isInstanceOf(dev.patina.doc.Mask.Scene.class);
        String id = selected().id();
        GuiActionRunner.execute(() -> frame.session().edit(d -> d.withLayerChanged(id,
            l -> l.withParam("focusOn", "point").withParam("focus", new dev.patina.doc.ImagePoint(0.5, 0.6)).withMask(null)), null));
        waitForCanvas();
        int[] plain = canvasPixels(frame);
        window.checkBox("overlay.depth").click();
        waitFor("overlay shown", () -> frame.overlays().isSettled() && frame.canvas().isPreviewComplete()
            && differingPixels(plain, canvasPixels(frame)) > 10_000);
        int[] shown = canvasPixels(frame);
        int w = GuiActionRunner.execute(() -> frame.canvas().getWidth());
        // Above the horizon (default half-way down) is far, the bottom edge near.
        Point top = canvasPoint(0.5, 0.08), bottom = canvasPoint(0.5, 0.96);
        double liftBefore = luma(plain, w, bottom) - luma(plain, w, top);
        double liftAfter = luma(shown, w, bottom) - luma(shown, w, top);
        assertThat(liftAfter - liftBefore).as("near bright, far dark").isGreaterThan(60);

        window.checkBox("overlay.depth").click();
        waitFor("overlay gone", () -> frame.canvas().isPreviewComplete() && differingPixels(plain, canvasPixels(frame)) == 0);
    }

    @Test
    void draggingTheLightOnTheSphereSetsBothAnglesAsOneUndoStep() {
        Layer relight = addLayer("relight");
        assertThat(relight.params().number("azimuth")).isEqualTo(45);
        JComponent sphere = window.robot().finder().findByName(frame, "relight.sphere", JComponent.class, true);
        int sw = sphere.getWidth(), sh = sphere.getHeight();
        double r = Math.min(sw, sh) / 2.0 - 7;
        var robot = window.robot();
        robot.pressMouse(sphere, new Point(sw / 2, sh / 2), MouseButton.LEFT_BUTTON);
        // Drag to the right-hand rim, then up to 0.9 of the radius straight above the centre.
        for (int i = 0; i <= 8; i++) robot.moveMouse(sphere, new Point((int) (sw / 2 + r * (1 - i / 8.0)), (int) (sh / 2 - 0.9 * r * i / 8)));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        waitForCanvas();
        Layer lit = selected();
        // Straight up is a light from above; 0.9 of the radius from the centre is cos(elevation) = 0.9.
        double onePixel = Math.toDegrees(1 / r) * 3;
        assertThat(lit.params().number("azimuth")).isCloseTo(90, offset(onePixel));
        assertThat(lit.params().number("elevation")).isCloseTo(Math.toDegrees(Math.acos(0.9)), offset(onePixel));
        // The sliders follow.
        assertThat(window.slider("param.azimuth.slider").target().getValue()).isCloseTo(250, offset(4));

        undo();
        waitForCanvas();
        assertThat(selected().params().number("azimuth")).isEqualTo(45);
        assertThat(selected().params().number("elevation")).isEqualTo(35);
        assertThat(document().layers()).hasSize(1);
    }

    @Test
    void everyLayersInspectorFitsTheSideColumn() {
        for (String type : new String[] {"depth-of-field", "relight", "skin-retouch", "film-stock", "vignette"}) {
            addLayer(type);
            window.robot().waitForIdle();
            String overflow = GuiActionRunner.execute(() -> {
                javax.swing.JComponent inspector = window.robot().finder().findByName(frame, "inspector", javax.swing.JComponent.class, false);
                StringBuilder past = new StringBuilder();
                for (java.awt.Component c : inspector.getComponents()) {
                    int over = c.getX() + c.getWidth() - inspector.getWidth();
                    if (c.isVisible() && over > 0) past.append(c.getClass().getSimpleName()).append(' ').append(c.getName()).append(" by ").append(over).append("; ");
                }
                return past.toString();
            });
            assertThat(overflow).as(type + ": past the inspector's right edge").isEmpty();
        }
    }

    @Test
    void relightWithoutADepthMapSaysThereIsNoDepthToShow() {
        addLayer("relight");
        window.label("overlay.depth.unavailable").requireVisible();
        assertThat(window.robot().finder().findByName(frame, "overlay.depth", JComponent.class, false).isShowing()).isFalse();
    }

    @Test
    void skinOverlayTintsTheFaceAndNotTheBackground() {
        addLayer("skin-retouch");
        // On a portrait the new layer starts with the skin found (calibrated on the face) as its
        // mask; this test is about the layer's own automatic skin mask, so it takes that off.
        assertThat(selected().mask()).isEqualTo(dev.patina.doc.Mask.Scene.of(dev.patina.doc.SceneKind.SKIN));
        // Its texture scale follows the face: the sample's eyes are about 85 px apart on a
        // 1448 px diagonal, 0.59 of a head-and-shoulders portrait's tenth.
        assertThat(selected().params().number("size")).isCloseTo(0.59, org.assertj.core.data.Offset.offset(0.08));
        String id = selected().id();
        GuiActionRunner.execute(() -> frame.session().edit(d -> d.withLayerChanged(id, l -> l.withMask(null)), null));
        waitForCanvas();
        int[] plain = canvasPixels(frame);
        window.checkBox("overlay.skin").click();
        waitFor("overlay shown", () -> frame.overlays().isSettled() && frame.canvas().isPreviewComplete()
            && differingPixels(plain, canvasPixels(frame)) > 5_000);
        int[] shown = canvasPixels(frame);
        int w = GuiActionRunner.execute(() -> frame.canvas().getWidth());
        // The astronaut's cheek, and the grey studio wall above her.
        Point cheek = canvasPoint(0.40, 0.27), wall = canvasPoint(0.62, 0.05);
        assertThat(change(plain, shown, w, cheek)).as("skin is tinted").isGreaterThan(40);
        assertThat(change(plain, shown, w, wall)).as("the wall is not").isLessThan(4);
        // Magenta: green drops most on the skin.
        int before = mean(plain, w, cheek, 8), after = mean(shown, w, cheek, 8);
        assertThat(after).isLessThan(before);

        window.checkBox("overlay.skin").click();
        waitFor("overlay gone", () -> frame.canvas().isPreviewComplete() && differingPixels(plain, canvasPixels(frame)) == 0);
    }

    /** Mean absolute change of the channels over a 9 x 9 patch. */
    private static double change(int[] a, int[] b, int w, Point p) {
        double sum = 0;
        int n = 0;
        for (int y = p.y - 4; y <= p.y + 4; y++) {
            for (int x = p.x - 4; x <= p.x + 4; x++) {
                int u = a[y * w + x], v = b[y * w + x];
                for (int shift = 0; shift <= 16; shift += 8) sum += Math.abs((u >>> shift & 0xff) - (v >>> shift & 0xff));
                n += 3;
            }
        }
        return sum / n;
    }

    /** Mean of one channel (bit shift) over a 9 x 9 patch. */
    private static int mean(int[] px, int w, Point p, int shift) {
        int sum = 0;
        for (int y = p.y - 4; y <= p.y + 4; y++) for (int x = p.x - 4; x <= p.x + 4; x++) sum += px[y * w + x] >>> shift & 0xff;
        return sum / 81;
    }

    private static double luma(int[] px, int w, Point p) {
        return 0.299 * mean(px, w, p, 16) + 0.587 * mean(px, w, p, 8) + 0.114 * mean(px, w, p, 0);
    }
}
