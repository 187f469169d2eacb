package dev.patina.ui.lint;

import dev.patina.doc.Layer;
import dev.patina.lint.Finding;
import dev.patina.testdata.SharedData;
import dev.patina.ui.AppConfig;
import dev.patina.ui.EditorApp;
import dev.patina.ui.EditorFrame;
import dev.patina.ui.GuiTestAccess;
import org.assertj.swing.core.KeyPressInfo;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JListFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JList;
import javax.swing.ListModel;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import static dev.patina.ui.GuiTestAccess.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the lint panel inside the real editor: the sample image's A1111 prompt (quality
 * boilerplate, ring light, sharp focus...) is linted on open; a fix rewrites the prompt; a
 * suggested layer lands on the stack as an undoable edit; a typed prompt is linted as it is typed.
 */
@Tag("gui")
class LintPanelGuiTest {
    @TempDir Path temp;
    private FrameFixture window;
    private EditorFrame frame;
    private Preferences prefs;

    @BeforeAll
    static void display() {
        GuiTestAccess.requireDisplay();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) window.cleanUp();
        if (prefs != null) prefs.removeNode();
    }

    private void open(Path image) {
        openUnscrolled(image);
        showLintPanel();
    }

    /** The lint panel sits below the layers in the side column: scroll down to it, as a user would. */
    private void showLintPanel() {
        GuiActionRunner.execute(() -> {
            javax.swing.JComponent p = window.robot().finder().findByName(frame, "lintPanel", javax.swing.JComponent.class, false);
            p.scrollRectToVisible(new java.awt.Rectangle(0, 0, p.getWidth(), p.getHeight()));
        });
        window.robot().waitForIdle();
    }

    private void openUnscrolled(Path image) {
        prefs = Preferences.userRoot().node("dev/patina/test/" + java.util.UUID.randomUUID());
        AppConfig config = new AppConfig(temp.resolve("config"), prefs);
        frame = GuiActionRunner.execute(() -> EditorApp.start(config, image));
        window = new FrameFixture(frame);
        waitFor("image open", () -> GuiTestAccess.session(frame).hasImage());
        waitFor("preview complete", () -> GuiTestAccess.previewComplete(frame));
    }

    private void openSample() throws Exception {
        openSampleUnscrolled();
        showLintPanel();
    }

    private void openSampleUnscrolled() throws Exception {
        Path image = GuiTestAccess.copySample(temp, "portrait.png");
        openUnscrolled(image);
        waitFor("findings listed", () -> findingsModel().getSize() > 0);
    }

    private LintPanel lintPanel() {
        return window.robot().finder().findByName(frame, "lintPanel", LintPanel.class, false);
    }

    @SuppressWarnings("unchecked")
    private ListModel<Finding> findingsModel() {
        // found even while hidden: the list is not shown when there is nothing in it
        return ((JList<Finding>) window.robot().finder().findByName(frame, "lint.findings", JList.class, false)).getModel();
    }

    private List<Finding> findings() {
        return GuiActionRunner.execute(() -> {
            ListModel<Finding> m = findingsModel();
            List<Finding> out = new ArrayList<>();
            for (int i = 0; i < m.getSize(); i++) out.add(m.getElementAt(i));
            return out;
        });
    }

    private String promptText() {
        return window.textBox("lint.prompt").text();
    }

    /** The index of the finding of this rule whose span covers exactly these words of the prompt. */
    private int indexOf(String rule, String words) {
        String text = promptText();
        List<Finding> all = findings();
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            if (f.rule().equals(rule) && f.excerpt(text).equals(words)) return i;
        }
        throw new AssertionError("no " + rule + " finding on \"" + words + "\" in " + all);
    }

    private int layerCount() {
        return GuiActionRunner.execute(() -> GuiTestAccess.session(frame).document().layers().size());
    }

    @Test
    void lintingOnOpenLeavesTheSideColumnAtTheTop() throws Exception {
        openSampleUnscrolled();
        javax.swing.JScrollPane side = window.robot().finder().findByName(frame, "side.scroll", javax.swing.JScrollPane.class, false);
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> side.getVerticalScrollBar().getValue())).isZero();
        // Selecting another finding fills its details below the fold: the layers stay in view.
        GuiActionRunner.execute(() -> window.robot().finder().findByName(frame, "lint.findings", JList.class, false).setSelectedIndex(1));
        window.robot().waitForIdle();
        assertThat(GuiActionRunner.execute(() -> side.getVerticalScrollBar().getValue())).isZero();
    }

    @Test
    void samplePromptIsLintedAndAFixRewritesIt() throws Exception {
        openSample();
        assertThat(promptText()).contains("masterpiece", "ring light", "sharp focus");
        assertThat(findings()).extracting(Finding::rule)
            .contains("quality-boilerplate", "flat-lighting", "idealized-subject", "over-sharpening");
        window.label("lint.score").requireText(java.util.regex.Pattern.compile("\\d{1,2}/100"));
        window.textBox("lint.model").requireText(java.util.regex.Pattern.compile(".*sdxl.*CLIP.*"));

        // Picking a finding selects its words in the prompt.
        JListFixture list = window.list("lint.findings");
        list.clickItem(indexOf("flat-lighting", "ring light"));
        assertThat(window.textBox("lint.prompt").target().getSelectedText()).isEqualTo("ring light");
        window.textBox("lint.details").requireText(java.util.regex.Pattern.compile("(?s).*ring light.*light direction.*"));

        window.button("lint.applyFix").click();
        waitFor("prompt rewritten", () -> !promptText().contains("ring light"));
        assertThat(promptText()).contains("window light from the left");
        assertThat(findings()).noneMatch(f -> f.rule().equals("flat-lighting") && f.excerpt(promptText()).equals("ring light"));
        // The other flat light is still there to fix.
        assertThat(indexOf("flat-lighting", "studio lighting")).isNotNegative();

        // The fix is one step of the prompt's own undo, not of the layer history.
        window.textBox("lint.prompt").focus();
        window.textBox("lint.prompt").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(ctrl()));
        waitFor("fix undone", () -> promptText().contains("ring light"));
        assertThat(promptText()).doesNotContain("window light from the left");
    }

    @Test
    void applyAllFixesAndCopyTheRewrittenPrompt() throws Exception {
        openSample();
        window.button("lint.applyAll").click();
        waitFor("boilerplate gone", () -> !promptText().contains("masterpiece"));
        assertThat(promptText()).doesNotContain("8k", "best quality", "trending on artstation", "ring light")
            .contains("portrait of an astronaut");
        assertThat(findings()).noneMatch(Finding::hasFix);
        window.button("lint.applyAll").requireDisabled();

        window.button("lint.copy").click();
        String clip = GuiActionRunner.execute(() ->
            (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor));
        assertThat(clip).isEqualTo(promptText());
    }

    @Test
    void suggestedLayerIsAddedToTheStackAsAnUndoableEdit() throws Exception {
        openSample();
        assertThat(layerCount()).isZero();
        window.list("lint.findings").clickItem(indexOf("over-sharpening", "sharp focus"));
        window.button("lint.addLayer").requireEnabled().requireText("Add Clarity layer");
        window.button("lint.addLayer").click();
        waitFor("layer added", () -> layerCount() == 1);
        assertThat(GuiActionRunner.execute(() -> GuiTestAccess.session(frame).document().layers()))
            .extracting(Layer::type).containsExactly("clarity");
        assertThat(window.list("layers.list").contents()).hasSize(1);

        // Ctrl+Z while typing in the prompt is the prompt's undo: the layer stays
        window.textBox("lint.prompt").focus();
        window.textBox("lint.prompt").pressAndReleaseKey(KeyPressInfo.keyCode(KeyEvent.VK_Z).modifiers(ctrl()));
        assertThat(layerCount()).isEqualTo(1);

        window.menuItem("menu.edit").click();
        window.menuItem("edit.undo").click();
        waitFor("layer undone", () -> layerCount() == 0);
    }

    @Test
    void negativePromptAdviceIsAppliedToTheNegativePrompt() throws Exception {
        openSample();
        window.textBox("lint.prompt").deleteText()
            .enterText("portrait photo of an old fisherman mending a net on the harbour wall, window light from the left");
        // The text is typed key by key and linted as it goes: wait for the findings of the whole text.
        waitFor("negative advice", () -> lintPanel().showsCurrentFindings()
            && findings().stream().anyMatch(f -> f.field() == dev.patina.lint.Field.NEGATIVE));
        List<Finding> all = findings();
        int index = -1;
        for (int i = 0; i < all.size(); i++) if (all.get(i).field() == dev.patina.lint.Field.NEGATIVE && all.get(i).hasFix()) index = i;
        assertThat(index).as("a negative-prompt finding with a fix in %s", all).isNotNegative();
        Finding advice = all.get(index);
        String negativeBefore = window.textBox("lint.negative").text();
        window.list("lint.findings").clickItem(index);
        assertThat(window.textBox("lint.negative").target().getSelectionStart()).isEqualTo(advice.start());
        window.button("lint.applyFix").click();
        waitFor("negative rewritten", () -> !window.textBox("lint.negative").text().equals(negativeBefore));
        assertThat(window.textBox("lint.negative").text()).contains(advice.replacement());
        assertThat(promptText()).doesNotContain(advice.replacement());
    }

    @Test
    void doubleClickingAFindingPutsTheCursorOnItsWords() throws Exception {
        openSample();
        window.list("lint.findings").item(indexOf("idealized-subject", "perfect skin")).doubleClick();
        waitFor("prompt focused", () -> window.textBox("lint.prompt").target().isFocusOwner());
        assertThat(window.textBox("lint.prompt").target().getSelectedText()).isEqualTo("perfect skin");
        // typing replaces the words, and the finding goes with them
        window.textBox("lint.prompt").enterText("freckled skin");
        waitFor("re-linted", () -> lintPanel().showsCurrentFindings()
            && findings().stream().noneMatch(f -> f.rule().equals("idealized-subject")));
        assertThat(promptText()).contains("portrait of an astronaut, freckled skin, ring light");
    }

    @Test
    void marksSurviveAThemeRefresh() throws Exception {
        openSample();
        javax.swing.text.JTextComponent prompt = window.textBox("lint.prompt").target();
        int before = GuiActionRunner.execute(() -> findingMarks(prompt));
        assertThat(before).isGreaterThan(5);
        // what the preferences' theme switch does: new UI delegates everywhere, so new highlighters
        GuiActionRunner.execute(() -> com.formdev.flatlaf.FlatLaf.updateUI());
        assertThat(GuiActionRunner.execute(() -> findingMarks(prompt))).isEqualTo(before);
    }

    private static int findingMarks(javax.swing.text.JTextComponent text) {
        return (int) java.util.Arrays.stream(text.getHighlighter().getHighlights())
            .filter(h -> h.getPainter() instanceof FindingPainter).count();
    }

    @Test
    void plasticSkinFindingOffersTheSkinRetouchLayer() throws Exception {
        openSample();
        window.list("lint.findings").clickItem(indexOf("idealized-subject", "perfect skin"));
        window.button("lint.addLayer").requireEnabled().requireText("Add Skin retouch layer");
        window.button("lint.addLayer").click();
        waitFor("layer added", () -> layerCount() == 1);
        assertThat(GuiActionRunner.execute(() -> GuiTestAccess.session(frame).document().layers()))
            .extracting(Layer::type).containsExactly("skin-retouch");

        // boilerplate is a prompt problem only: no layer answers it (the new layer's inspector has
        // pushed the lint panel down the side column: scroll back to it, as a user would)
        showLintPanel();
        window.list("lint.findings").clickItem(indexOf("quality-boilerplate", "8k"));
        window.button("lint.addLayer").requireDisabled();
    }

    @Test
    void imageWithoutPromptTakesATypedOneAndLintsItAsTyped() throws Exception {
        Path plain = temp.resolve("plain.png");
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        open(plain);
        window.textBox("lint.prompt").requireEmpty();
        assertThat(findings()).isEmpty();
        window.label("lint.status").requireText("No generation metadata in this file");

        window.textBox("lint.prompt").enterText("portrait photo of a fisherman, 8k, ring light");
        waitFor("typed prompt linted", () -> lintPanel().showsCurrentFindings()
            && findings().stream().anyMatch(f -> f.rule().equals("quality-boilerplate")));
        assertThat(indexOf("quality-boilerplate", "8k")).isNotNegative();
        assertThat(indexOf("flat-lighting", "ring light")).isNotNegative();
        window.label("lint.status").requireText("Edited here; the image file is unchanged");
    }

    @Test
    void anInsertionFixAddsWordsAtTheEnd() throws Exception {
        openSample();
        window.textBox("lint.prompt").deleteText()
            .enterText("portrait photo of an old fisherman mending a net on the harbour wall, window light from the left, 85mm");
        waitFor("grain advice", () -> lintPanel().showsCurrentFindings()
            && findings().stream().anyMatch(f -> f.rule().equals("no-film-or-grain")));
        int grain = indexOf("no-film-or-grain", "");
        Finding advice = findings().get(grain);
        assertThat(advice.start()).isEqualTo(advice.end());
        window.list("lint.findings").clickItem(grain);
        window.button("lint.addLayer").requireText("Add Grain layer");
        window.button("lint.applyFix").click();
        waitFor("words added", () -> promptText().endsWith(", " + advice.replacement()));
        assertThat(findings()).noneMatch(f -> f.rule().equals("no-film-or-grain"));
    }

    @Test
    void fluxImageSaysItsNegativePromptIsIgnored() {
        Path flux = SharedData.require("ai-images/comfyui-examples/flux_flux_schnell_example.png");
        open(flux);
        waitFor("prompt shown", () -> promptText().contains("rainbow galaxy"));
        window.textBox("lint.model").requireText(java.util.regex.Pattern.compile(".*flux1-schnell.*T5.*negative prompt ignored.*"));
        window.label("lint.negativeLabel").requireText("Negative prompt (ignored by this model)");
    }

    @SuppressWarnings("deprecation")
    private static int ctrl() {
        return Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == java.awt.event.InputEvent.META_DOWN_MASK
            ? java.awt.event.InputEvent.META_MASK : java.awt.event.InputEvent.CTRL_MASK;
    }
}
