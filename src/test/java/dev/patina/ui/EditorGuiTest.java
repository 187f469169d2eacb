package dev.patina.ui;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Point;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import static dev.patina.ui.GuiTestSupport.canvasPixels;
import static dev.patina.ui.GuiTestSupport.differingPixels;
import static dev.patina.ui.GuiTestSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.finder.WindowFinder.findDialog;

/**
 * Drives the real editor window with a robot: open an image, add a grain layer, drag its slider,
 * undo, paint a mask, save and reopen a project, export a JPEG. Runs under Xvfb in CI.
 */
@Tag("gui")
class EditorGuiTest {
    /** AssertJ-Swing takes the old-style masks (CTRL_MASK), which it turns into modifier key presses. */
    private static int CTRL;

    @TempDir Path temp;
    private FrameFixture window;
    private EditorFrame frame;
    private Preferences prefs;
    private Path image;

    @BeforeAll
    @SuppressWarnings("deprecation")
    static void display() {
        GuiTestSupport.requireDisplay();
        CTRL = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == java.awt.event.InputEvent.META_DOWN_MASK
            ? java.awt.event.InputEvent.META_MASK : java.awt.event.InputEvent.CTRL_MASK;
    }

    @BeforeEach
    void openEditor() throws Exception {
        image = GuiTestAccess.copySample(temp, "portrait.png");
        prefs = Preferences.userRoot().node("dev/patina/test/" + java.util.UUID.randomUUID());
        AppConfig config = new AppConfig(temp.resolve("config"), prefs);
        frame = GuiActionRunner.execute(() -> EditorApp.start(config, image));
        window = new FrameFixture(frame);
        waitFor("image open", () -> frame.session().hasImage());
        waitForPreview();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) window.cleanUp();
        prefs.removeNode();
    }

    private void waitForPreview() {
        waitFor("preview complete", () -> frame.canvas().isPreviewComplete());
    }

    private Document document() {
        return GuiActionRunner.execute(() -> frame.session().document());
    }

    private void addGrainLayer() {
        window.menuItem("menu.layer").click();
        window.menuItem("layer.add").click();
        window.menuItem("layer.add.grain").click();
        waitForPreview();
    }

    @Test
    void grainSliderChangesTheCanvasAndOneUndoRestoresIt() {
        int[] original = canvasPixels(frame);
        addGrainLayer();
        assertThat(document().layers()).extracting(Layer::type).containsExactly("grain");
        int[] withGrain = canvasPixels(frame);
        assertThat(differingPixels(original, withGrain)).isGreaterThan(1000);

        window.slider("param.amount.slider").slideTo(900);
        waitForPreview();
        assertThat(document().layers().get(0).params().number("amount")).isCloseTo(0.9, org.assertj.core.data.Offset.offset(0.01));
        int[] stronger = canvasPixels(frame);
        assertThat(differingPixels(withGrain, stronger)).isGreaterThan(1000);

        // The whole drag was one step: one undo brings back the default amount and the same pixels.
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitForPreview();
        assertThat(document().layers().get(0).params().number("amount")).isEqualTo(0.25);
        assertThat(differingPixels(withGrain, canvasPixels(frame))).isZero();
        assertThat(frame.getTitle()).startsWith("* ");

        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitForPreview();
        assertThat(document().layers()).isEmpty();
        assertThat(differingPixels(original, canvasPixels(frame))).isZero();
    }

    @Test
    void brushPaintsTheSelectedLayersMask() {
        addGrainLayer();
        window.slider("param.amount.slider").slideTo(1000);
        waitForPreview();
        window.toggleButton("tool.brush").click();
        int[] before = canvasPixels(frame);
        int w = frame.canvas().getWidth(), h = frame.canvas().getHeight();
        var robot = window.robot();
        robot.moveMouse(frame.canvas(), new Point(w / 2 - 60, h / 2));
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 0; i <= 12; i++) robot.moveMouse(frame.canvas(), new Point(w / 2 - 60 + i * 10, h / 2 + i * 3));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        waitForPreview();
        Layer layer = document().layers().get(0);
        assertThat(layer.mask()).isInstanceOf(Mask.Painted.class);
        var raster = ((Mask.Painted) layer.mask()).raster();
        int cx = (int) (double) GuiActionRunner.execute(() -> frame.canvas().viewport().toImageX(w / 2.0 * deviceScale()));
        int cy = (int) (double) GuiActionRunner.execute(() -> frame.canvas().viewport().toImageY(h / 2.0 * deviceScale()));
        assertThat(raster.value(cx, cy)).isGreaterThan(0.5f);
        assertThat(raster.value(5, 5)).isZero();
        // Outside the stroke the grain is gone (the new mask is empty there), so the canvas changed.
        assertThat(differingPixels(before, canvasPixels(frame))).isGreaterThan(1000);
        // One stroke is one undo step.
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        assertThat(document().layers().get(0).mask()).isNull();
    }

    /**
     * Find › Subject gives the layer a scene mask found in the picture; the subject's overlay is
     * drawn from what the renderer found; a brush stroke refines it through its strokes (the mask
     * stays a scene mask), and one undo takes the stroke back.
     */
    @Test
    void aFoundSubjectMaskIsShownAndRefinedWithTheBrush() {
        addGrainLayer();
        window.comboBox("mask.find").selectItem("Subject");
        waitFor("scene mask", () -> document().layers().get(0).mask() instanceof Mask.Scene);
        assertThat(((Mask.Scene) document().layers().get(0).mask()).kind()).isEqualTo(dev.patina.doc.SceneKind.SUBJECT);
        waitForPreview();
        int[] before = canvasPixels(frame);
        window.checkBox("mask.overlay").check();
        waitFor("overlay drawn", () -> frame.overlaysSettled() && differingPixels(before, canvasPixels(frame)) > 1000);
        window.checkBox("mask.overlay").uncheck();
        window.toggleButton("tool.brush").click();
        int w = frame.canvas().getWidth(), h = frame.canvas().getHeight();
        var robot = window.robot();
        robot.moveMouse(frame.canvas(), new Point(w / 2 - 24, h / 2));
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 0; i <= 6; i++) robot.moveMouse(frame.canvas(), new Point(w / 2 - 24 + i * 8, h / 2));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        waitFor("stroke kept", () -> document().layers().get(0).mask() instanceof Mask.Scene s && s.include() != null);
        Mask.Scene refined = (Mask.Scene) document().layers().get(0).mask();
        int cx = (int) (double) GuiActionRunner.execute(() -> frame.canvas().viewport().toImageX(w / 2.0 * deviceScale()));
        int cy = (int) (double) GuiActionRunner.execute(() -> frame.canvas().viewport().toImageY(h / 2.0 * deviceScale()));
        assertThat(refined.include().value(cx, cy)).isGreaterThan(0.5f);
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("stroke undone", () -> document().layers().get(0).mask() instanceof Mask.Scene s && s.include() == null);
    }

    /**
     * Heal (H): a stroke over the picture becomes the hole of a new inpaint layer when it ends, in
     * one undo step; the canvas changes where it was painted and not elsewhere; a second stroke
     * adds to the same layer's hole.
     */
    @Test
    void healPaintsAHoleThatIsFilledWhenTheStrokeEnds() {
        int[] before = canvasPixels(frame);
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_H));
        assertThat(window.toggleButton("tool.heal").target().isSelected()).isTrue();
        int w = frame.canvas().getWidth(), h = frame.canvas().getHeight();
        var robot = window.robot();
        robot.moveMouse(frame.canvas(), new Point(w / 2 - 40, h / 2 + 60));
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 0; i <= 8; i++) robot.moveMouse(frame.canvas(), new Point(w / 2 - 40 + i * 10, h / 2 + 60));
        assertThat(document().layers()).as("nothing is filled while the stroke is painted").isEmpty();
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        waitFor("hole made", () -> document().layers().size() == 1);
        waitForPreview();
        Layer heal = document().layers().get(0);
        assertThat(heal.type()).isEqualTo("inpaint");
        assertThat(heal.mask()).isInstanceOf(Mask.Painted.class);
        int[] healed = canvasPixels(frame);
        int cx = w / 2, cy = h / 2 + 60;
        double s = deviceScale();
        int ix = (int) (cx * s), iy = (int) (cy * s), fw = (int) (w * s);
        assertThat(differingPixels(before, healed)).as("the stroke's area was filled").isGreaterThan(50);
        assertThat(healed[5 * fw + 5]).as("far from the stroke nothing changes").isEqualTo(before[5 * fw + 5]);
        assertThat(((Mask.Painted) heal.mask()).raster().value(
            (int) (double) GuiActionRunner.execute(() -> frame.canvas().viewport().toImageX(ix)),
            (int) (double) GuiActionRunner.execute(() -> frame.canvas().viewport().toImageY(iy)))).isEqualTo(1f);

        // A second stroke goes into the same layer; one undo takes back only that stroke.
        robot.moveMouse(frame.canvas(), new Point(w / 2 - 40, h / 2 - 80));
        robot.pressMouse(MouseButton.LEFT_BUTTON);
        for (int i = 0; i <= 4; i++) robot.moveMouse(frame.canvas(), new Point(w / 2 - 40 + i * 10, h / 2 - 80));
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        waitFor("second stroke", () -> !document().layers().get(0).mask().equals(heal.mask()));
        assertThat(document().layers()).hasSize(1);
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("second stroke undone", () -> document().layers().get(0).mask().equals(heal.mask()));
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(CTRL));
        waitFor("first stroke undone with its layer", () -> document().layers().isEmpty());
    }

    private double deviceScale() {
        return frame.canvas().getGraphicsConfiguration().getDefaultTransform().getScaleX();
    }

    @Test
    void savedProjectOpensAgainWithIdenticalLayers() {
        addGrainLayer();
        // AssertJ-Swing can stall re-showing a menu popup in the same window, so the second layer
        // comes in through the same edit the Layer menu runs.
        GuiActionRunner.execute(() -> frame.edits().add(dev.patina.ops.OpRegistry.require("vignette")));
        window.slider("param.amount.slider").slideTo(200);
        window.comboBox("layer.blend").selectItem(2);
        window.textBox("layer.name").setText("Dark edges");
        window.textBox("layer.name").pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForPreview();
        List<Layer> layers = document().layers();
        assertThat(layers).hasSize(2);
        // A vignette goes under the grain (grain sits on top of everything, as on film).
        assertThat(layers.get(0).name()).isEqualTo("Dark edges");

        Path project = temp.resolve("portrait.patina");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_S).modifiers(CTRL));
        JFileChooserFixture save = window.fileChooser();
        save.fileNameTextBox().setText(project.toString());
        save.approve();
        waitFor("saved", () -> Files.isRegularFile(project) && !frame.session().isDirty());
        assertThat(frame.getTitle()).isEqualTo("portrait.patina — Patina");

        // Change the document, then open the project again, discarding the change.
        window.button("layers.delete").click();
        assertThat(document().layers()).hasSize(1);
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_O).modifiers(CTRL));
        DialogFixture ask = findDialog(javax.swing.JDialog.class).withTimeout(10_000).using(window.robot());
        ask.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override protected boolean isMatching(javax.swing.JButton b) { return b.getText().equals("No"); }
        }).click();
        JFileChooserFixture open = window.fileChooser();
        open.fileNameTextBox().setText(project.toString());
        open.approve();
        waitFor("reopened", () -> frame.session().document().layers().size() == 2 && !frame.session().isDirty());
        assertThat(document().layers()).isEqualTo(layers);
        assertThat(frame.getTitle()).isEqualTo("portrait.patina — Patina");
    }

    @Test
    void exportWritesAJpegWhileTheEditorStaysUsable() throws Exception {
        addGrainLayer();
        Path out = temp.resolve("export.jpg");
        window.pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_E).modifiers(CTRL));
        DialogFixture dialog = findDialog("exportDialog").withTimeout(10_000).using(window.robot());
        dialog.textBox("export.file").setText(out.toString());
        dialog.button("export.ok").click();
        waitFor("export finished", () -> !frame.isExporting());
        assertThat(out).isRegularFile();
        BufferedImage written = ImageIO.read(out.toFile());
        assertThat(written.getWidth()).isEqualTo(1024);
        assertThat(written.getHeight()).isEqualTo(1024);
        assertThat(Files.list(temp).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    }

    @Test
    void anUnreadableFileGivesAClearMessageAndTheEditorCarriesOn() throws Exception {
        Path broken = temp.resolve("broken.png");
        Files.write(broken, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3});
        GuiActionRunner.execute(() -> frame.open(broken, true));
        DialogFixture error = findDialog(javax.swing.JDialog.class).withTimeout(10_000).using(window.robot());
        String message = GuiActionRunner.execute(() -> {
            javax.swing.JOptionPane pane = (javax.swing.JOptionPane) ((javax.swing.JDialog) error.target()).getContentPane().getComponent(0);
            return String.valueOf(pane.getMessage());
        });
        assertThat(message).contains("broken.png");
        error.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override protected boolean isMatching(javax.swing.JButton b) { return b.getText().equals("OK"); }
        }).click();
        // The image that was open stays open and editable.
        assertThat(GuiActionRunner.execute(() -> frame.session().image().path())).isEqualTo(image);
        addGrainLayer();
        assertThat(document().layers()).hasSize(1);
    }

    @Test
    void layersCanBeDuplicatedHiddenAndDeleted() {
        addGrainLayer();
        window.button("layers.duplicate").click();
        assertThat(document().layers()).extracting(Layer::name).containsExactly("Grain", "Grain copy");
        window.checkBox("layer.visible").click();
        assertThat(document().layers().get(1).enabled()).isFalse();
        window.comboBox("layer.blend").selectItem("Soft light");
        assertThat(document().layers().get(1).blend()).isEqualTo(dev.patina.doc.BlendMode.SOFT_LIGHT);
        window.button("layers.delete").click();
        assertThat(document().layers()).extracting(Layer::name).containsExactly("Grain");
        waitForPreview();
    }

    @Test
    void holdingBackslashShowsTheOriginalAndTheSplitShowsBoth() {
        int[] original = canvasPixels(frame);
        addGrainLayer();
        window.slider("param.amount.slider").slideTo(1000);
        waitForPreview();
        int[] edited = canvasPixels(frame);
        assertThat(differingPixels(original, edited)).isGreaterThan(100_000);
        window.robot().pressKey(KeyEvent.VK_BACK_SLASH);
        try {
            waitFor("original shown", () -> frame.canvas().isShowingOriginal());
            // All but the "Original" label in the corner is the untouched picture.
            waitFor("original painted", () -> differingPixels(original, canvasPixels(frame)) < 3000);
        } finally {
            window.robot().releaseKey(KeyEvent.VK_BACK_SLASH);
        }
        waitFor("edit shown again", () -> !frame.canvas().isShowingOriginal());
        assertThat(differingPixels(edited, canvasPixels(frame))).isZero();

        window.menuItem("menu.view").click();
        window.menuItem("view.split").click();
        waitFor("split painted", () -> {
            int[] px = canvasPixels(frame);
            return differingPixels(original, px) > 1000 && differingPixels(edited, px) > 1000;
        });
    }

    @Test
    void unsavedWorkIsRecoveredAfterACrash() throws Exception {
        addGrainLayer();
        window.slider("param.amount.slider").slideTo(700);
        List<Layer> layers = document().layers();
        GuiActionRunner.execute(() -> frame.autosave().saveIfDirty());
        AppConfig config = new AppConfig(temp.resolve("config"), prefs);
        waitFor("autosaved", () -> Files.isRegularFile(config.autosaveFile()));
        // A crash: the window goes away without quitting, so the autosave stays.
        GuiActionRunner.execute(() -> { frame.dispose(); return null; });
        java.util.concurrent.atomic.AtomicReference<EditorFrame> started = new java.util.concurrent.atomic.AtomicReference<>();
        javax.swing.SwingUtilities.invokeLater(() -> started.set(EditorApp.start(config, image)));
        DialogFixture ask = findDialog(javax.swing.JDialog.class).withTimeout(10_000).using(window.robot());
        ask.button(new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(javax.swing.JButton.class) {
            @Override protected boolean isMatching(javax.swing.JButton b) { return b.getText().equals("Yes"); }
        }).click();
        waitFor("editor started", () -> started.get() != null);
        frame = started.get();
        window = new FrameFixture(window.robot(), frame);
        waitFor("recovered", () -> frame.session().hasImage() && frame.session().document().layers().size() == 1);
        assertThat(document().layers()).isEqualTo(layers);
        assertThat(frame.getTitle()).startsWith("* ");
    }

    @Test
    void shortcutsWindowListsTheMenuShortcuts() {
        window.menuItem("menu.help").click();
        window.menuItem("help.shortcuts").click();
        DialogFixture d = findDialog("shortcutsDialog").withTimeout(10_000).using(window.robot());
        String[][] rows = d.table("shortcuts.table").contents();
        List<String> actions = java.util.Arrays.stream(rows).map(r -> r[2]).toList();
        assertThat(actions).contains("Undo", "Redo", "Brush", "Export…", "Fit", "Heal");
        // Escape closes it, as any dialog with nothing to cancel.
        d.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("closed by Escape", () -> !d.target().isShowing());
    }

    /** Help › About shows the licence and the notices of every bundled library, read from the jar's resources. */
    @Test
    void aboutShowsTheThirdPartyNotices() {
        window.menuItem("menu.help").click();
        window.menuItem("help.about").click();
        DialogFixture d = findDialog("aboutDialog").withTimeout(10_000).using(window.robot());
        String notices = d.textBox("about.notices").text();
        assertThat(notices).contains("FlatLaf", "MigLayout", "TwelveMonkeys", "JTransforms", "picocli", "Jackson", "OpenCV");
        d.tabbedPane().selectTab("Licence");
        assertThat(d.textBox("about.licence").text()).contains("Apache License", "Version 2.0");
        d.pressAndReleaseKeys(KeyEvent.VK_ESCAPE);
        waitFor("closed by Escape", () -> !d.target().isShowing());
    }
}
