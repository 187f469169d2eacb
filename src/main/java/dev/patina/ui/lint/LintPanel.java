package dev.patina.ui.lint;

import dev.patina.io.meta.GenerationInfo;
import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.PromptFixer;
import dev.patina.ops.Op;
import dev.patina.ui.EditorSession;
import dev.patina.ui.panels.LayerEdits;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.List;
import java.util.Optional;

/**
 * The prompt linter in the editor: the image's prompt and negative prompt, editable, with what
 * makes them look AI marked inline; the findings with their explanations; and buttons to apply a
 * fix, apply them all, copy the rewritten prompt and add the layer that answers a finding in post.
 * It re-lints as the user types or pastes.
 */
public final class LintPanel extends JPanel {
    private final EditorSession session;
    private final LayerEdits edits;

    /**
     * Most findings listed and marked. Real prompts have a few dozen at most; a pasted wall of text
     * can have thousands, and marking them all would hold the Swing thread for seconds.
     */
    static final int MAX_SHOWN = 300;

    private static final String TYPE_HINT = "Type or paste a prompt to see what in it invites the AI look.";
    private static final String NO_PROMPT_HINT = "This image carries no prompt. " + TYPE_HINT;

    private final PromptArea prompt = new PromptArea("lint.prompt", 5, TYPE_HINT);
    private final PromptArea negative = new PromptArea("lint.negative", 2, "No negative prompt");
    private final TextUndo promptUndo = new TextUndo(prompt);
    private final TextUndo negativeUndo = new TextUndo(negative);
    private final FindingHighlights promptMarks = new FindingHighlights(prompt);
    private final FindingHighlights negativeMarks = new FindingHighlights(negative);

    private final ScoreLabel score = new ScoreLabel();
    private final NoteText model = new NoteText("lint.model");
    private final JLabel negativeLabel = new JLabel("Negative prompt");
    private final JLabel summary = new JLabel(" ");
    private final FindingList list = new FindingList(this::textOf);
    private final JScrollPane listScroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
        JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    private final JTextArea details = new JTextArea(4, 20);
    private final JLabel status = new JLabel(" ");

    private final JButton applyFix = button("Apply fix", "lint.applyFix", "Replace the selected finding's words with its fix");
    private final JButton applyAll = button("Apply all fixes", "lint.applyAll", "Apply every fix to the prompt and the negative prompt");
    private final JButton copy = button("Copy rewritten prompt", "lint.copy", "Copy the prompt with every fix applied to the clipboard");
    private final JButton addLayer = button("Add suggested layer", "lint.addLayer", "Add the layer that answers the selected finding in post");

    private final LintScheduler scheduler = new LintScheduler(this::currentInput, this::showResult);
    private String modelName;
    private LintResult shown;
    /** The findings of {@link #shown} that are listed and marked: all of them, up to {@link #MAX_SHOWN}. */
    private List<Finding> listed = List.of();
    /** Set while the panel itself changes the text (an image opened, a fix applied): that is not the user editing. */
    private boolean settingText;

    public LintPanel(EditorSession session, LayerEdits edits) {
        super(new MigLayout("insets 8, fillx, wrap 2, hidemode 3", "[grow, fill][]"));
        this.session = session;
        this.edits = edits;
        setName("lintPanel");
        layoutParts();
        wire();
        model.setText(ModelNote.of(null));
        showResult(null);
    }

    private void layoutParts() {
        JLabel title = new JLabel("Prompt lint");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        add(title);
        add(score);
        add(model, "span 2, wmin 0, w 10:10:");
        JLabel promptLabel = new JLabel("Prompt");
        promptLabel.setLabelFor(prompt);
        add(promptLabel, "span 2, gaptop 4");
        add(scroll(prompt), "span 2, wmin 0, h 90:120:");
        negativeLabel.setName("lint.negativeLabel");
        negativeLabel.setLabelFor(negative);
        add(negativeLabel, "span 2");
        add(scroll(negative), "span 2, wmin 0, h 44:56:");
        summary.setName("lint.summary");
        add(summary, "span 2, gaptop 4");
        add(listScroll, "span 2, wmin 0, h 90:150:");
        details.setName("lint.details");
        details.setEditable(false);
        // Not in a scroll pane of its own: a moving caret would scroll the editor's whole side
        // column down to it whenever a finding is selected (the layers went out of view on open).
        ((javax.swing.text.DefaultCaret) details.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        details.setLineWrap(true);
        details.setWrapStyleWord(true);
        details.setOpaque(false);
        details.setBorder(null);
        add(details, "span 2, wmin 0, gaptop 2");
        // The column is narrow: the two short buttons share a row, the long ones get a row each.
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx, wrap 2", "[grow, fill, 0:pref][grow, fill, 0:pref]"));
        buttons.setOpaque(false);
        buttons.add(applyFix, "wmin 0");
        buttons.add(applyAll, "wmin 0");
        buttons.add(copy, "span 2, wmin 0");
        buttons.add(addLayer, "span 2, wmin 0");
        add(buttons, "span 2, wmin 0, gaptop 4");
        status.setName("lint.status");
        dim(status);
        add(status, "span 2, wmin 0");
    }

    private void wire() {
        DocumentListener typing = new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { typed(); }

            @Override public void removeUpdate(DocumentEvent e) { typed(); }

            @Override public void changedUpdate(DocumentEvent e) {}
        };
        prompt.getDocument().addDocumentListener(typing);
        negative.getDocument().addDocumentListener(typing);
        list.addListSelectionListener(e -> {
            if (e.getValueIsAdjusting()) return;
            // a refill after a lint keeps the list's place; moving the text selection then would disturb typing
            if (!list.isRefilling()) selectSpan(list.getSelectedValue());
            selectionChanged();
        });
        list.addMouseListener(new java.awt.event.MouseAdapter() {
            /** A double-click takes the user to the words, selected, ready to be typed over. */
            @Override public void mouseClicked(java.awt.event.MouseEvent e) {
                Finding f = list.getSelectedValue();
                if (e.getClickCount() == 2 && f != null) areaOf(f.field()).requestFocusInWindow();
            }
        });
        applyFix.addActionListener(e -> applyFix());
        applyAll.addActionListener(e -> applyAll());
        copy.addActionListener(e -> copyRewritten());
        addLayer.addActionListener(e -> addSuggestedLayer());
        session.addListener(imageChanged -> updateButtons());
    }

    private void typed() {
        scheduler.soon();
        if (!settingText) status.setText("Edited here; the image file is unchanged");
    }

    /** Shows the prompt of a newly opened image (or nothing to lint when it carries none). */
    public void show(Optional<GenerationInfo> generation) {
        LintInput in = LintInput.of(generation);
        modelName = in.model();
        model.setText(ModelNote.of(modelName));
        negativeLabel.setText(ModelNote.negativeLabel(modelName));
        prompt.setPlaceholder(in.prompt().isBlank() ? NO_PROMPT_HINT : TYPE_HINT);
        settingText = true;
        try {
            prompt.setText(in.prompt());
            negative.setText(in.negative());
        } finally {
            settingText = false;
        }
        prompt.setCaretPosition(0);
        negative.setCaretPosition(0);
        promptUndo.clear();
        negativeUndo.clear();
        list.clearSelection();
        status.setText(generation.isPresent() ? "Prompt from " + generation.get().generator() + " metadata"
            : "No generation metadata in this file");
        status.setToolTipText(generation.map(g -> "Found in " + g.carrier()).orElse(null));
        scheduler.now();
    }

    private LintInput currentInput() {
        return new LintInput(prompt.getText(), negative.getText(), modelName);
    }

    private String textOf(Field field) {
        return field == Field.PROMPT ? prompt.getText() : negative.getText();
    }

    private PromptArea areaOf(Field field) {
        return field == Field.PROMPT ? prompt : negative;
    }

    // ---- results ------------------------------------------------------------------------

    private void showResult(LintResult result) {
        shown = result;
        List<Finding> all = result == null ? List.of() : result.report().findings();
        listed = all.subList(0, Math.min(all.size(), MAX_SHOWN));
        list.refill(listed);
        listScroll.setVisible(!listed.isEmpty()); // an empty box says nothing the summary does not
        boolean blank = result == null || result.input().prompt().isBlank();
        score.show(blank ? null : result.report());
        summary.setText(blank ? " " : summaryOf(all.size(), listed.size()));
        selectionChanged();
    }

    private static String summaryOf(int found, int listedCount) {
        if (found == 0) return "No findings: nothing here invites the AI look";
        if (found == 1) return "1 finding";
        return found > listedCount ? found + " findings (the first " + listedCount + " listed)" : found + " findings";
    }

    private void selectionChanged() {
        Finding f = list.getSelectedValue();
        List<Finding> onPrompt = listed.stream().filter(x -> x.field() == Field.PROMPT).toList();
        List<Finding> onNegative = listed.stream().filter(x -> x.field() == Field.NEGATIVE).toList();
        promptMarks.show(onPrompt, f);
        negativeMarks.show(onNegative, f);
        prompt.setFindings(onPrompt, f);
        negative.setFindings(onNegative, f);
        details.setText(f == null ? "" : FindingDetails.of(f, textOf(f.field())));
        details.setVisible(f != null);
        if (f != null) ScrollWithin.reveal(list, list.getCellBounds(list.getSelectedIndex(), list.getSelectedIndex()));
        updateButtons();
    }

    private void updateButtons() {
        Finding f = list.getSelectedValue();
        applyFix.setEnabled(f != null && f.hasFix());
        applyAll.setEnabled(shown != null && shown.report().findings().stream().anyMatch(Finding::hasFix));
        copy.setEnabled(!prompt.getText().isBlank());
        Op op = SuggestedLayer.of(f);
        addLayer.setEnabled(op != null && session.hasImage());
        addLayer.setText(op == null ? "Add suggested layer" : "Add " + op.displayName() + " layer");
    }

    /** Selects the finding's words in its text area and scrolls them into view, without taking the focus from the list. */
    private void selectSpan(Finding f) {
        if (f == null) return;
        PromptArea area = areaOf(f.field());
        int length = area.getDocument().getLength();
        int start = Math.min(f.start(), length), end = Math.min(f.end(), length);
        area.select(start, end);
        reveal(area, start, end);
    }

    /** Scrolls a range of a text area into view inside its own box (a long prompt scrolls there). */
    private static void reveal(PromptArea area, int start, int end) {
        try {
            Rectangle r = area.modelToView2D(start).getBounds();
            r.add(area.modelToView2D(end).getBounds());
            ScrollWithin.reveal(area, r);
        } catch (javax.swing.text.BadLocationException e) {
            // callers pass offsets inside the text; nothing to scroll to otherwise
        }
    }

    // ---- actions ------------------------------------------------------------------------

    /** True when the findings shown are those of the text as it is now (typing has not left them behind). */
    boolean showsCurrentFindings() {
        return !scheduler.pending(currentInput(), shown);
    }

    /** True when the findings shown match the text; lints at once when typing left them behind. */
    private boolean upToDate() {
        if (scheduler.pending(currentInput(), shown)) scheduler.now();
        return !scheduler.pending(currentInput(), shown);
    }

    private void applyFix() {
        if (!upToDate()) return;
        Finding f = list.getSelectedValue();
        if (f == null || !f.hasFix()) return;
        PromptArea area = areaOf(f.field());
        replaceText(area, PromptFixer.apply(area.getText(), f));
        status.setText("Applied the " + f.rule() + " fix");
    }

    private void applyAll() {
        if (!upToDate()) return;
        List<Finding> all = shown.report().findings();
        replaceText(prompt, PromptFixer.applyAll(prompt.getText(), all, Field.PROMPT));
        replaceText(negative, PromptFixer.applyAll(negative.getText(), all, Field.NEGATIVE));
        status.setText("Applied every fix");
    }

    private void replaceText(PromptArea area, String text) {
        if (text.equals(area.getText())) return;
        int[] changed = new int[2];
        settingText = true;
        try {
            (area == prompt ? promptUndo : negativeUndo).asOneStep(() -> {
                int[] range = TextSplice.replace(area.getDocument(), text);
                changed[0] = range[0];
                changed[1] = range[1];
            });
        } finally {
            settingText = false;
        }
        reveal(area, changed[0], changed[1]);
        scheduler.now();
    }

    private void copyRewritten() {
        if (!upToDate()) return;
        String rewritten = PromptFixer.applyAll(prompt.getText(), shown.report().findings(), Field.PROMPT);
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(rewritten), null);
        status.setText("Copied the rewritten prompt (" + rewritten.length() + " characters)");
    }

    private void addSuggestedLayer() {
        Op op = SuggestedLayer.of(list.getSelectedValue());
        if (op == null || !session.hasImage()) return;
        edits.add(op);
        status.setText("Added a " + op.displayName() + " layer (Edit › Undo removes it)");
    }

    // ---- bits ---------------------------------------------------------------------------

    private static JButton button(String text, String name, String tip) {
        JButton b = new JButton(text);
        b.setName(name);
        b.setToolTipText(tip);
        return b;
    }

    private static JScrollPane scroll(JTextArea area) {
        return new JScrollPane(area, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
    }

    /** Secondary text; a style (not a fixed colour) so it follows a theme switch. */
    private static void dim(JLabel label) {
        label.putClientProperty("FlatLaf.styleClass", "small");
        label.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
    }
}
