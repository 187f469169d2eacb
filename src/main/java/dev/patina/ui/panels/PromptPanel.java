package dev.patina.ui.panels;

import dev.patina.io.meta.GenerationInfo;
import dev.patina.lint.Finding;
import dev.patina.lint.LintReport;
import dev.patina.lint.PromptLinter;
import dev.patina.ops.OpRegistry;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.util.Optional;

/**
 * The generation prompt found in the file and what the linter says about it: the tells it will
 * produce and which layer answers each in post.
 */
public final class PromptPanel extends JPanel {
    private final JTextArea text = new JTextArea(5, 20);
    private final JLabel score = new JLabel(" ");

    public PromptPanel() {
        super(new MigLayout("insets 8, fill, wrap 2", "[grow][]"));
        setName("promptPanel");
        JLabel title = new JLabel("Prompt");
        title.putClientProperty("FlatLaf.styleClass", "h4");
        add(title);
        score.setName("prompt.score");
        add(score);
        text.setName("prompt");
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        add(new JScrollPane(text), "span 2, grow, h 100:160:");
    }

    public void show(Optional<GenerationInfo> generation) {
        if (generation.isEmpty() || generation.get().prompt().isBlank()) {
            text.setText("(no generation prompt in this file)");
            score.setText(" ");
            return;
        }
        GenerationInfo g = generation.get();
        StringBuilder sb = new StringBuilder(g.prompt());
        if (!g.negative().isBlank()) sb.append("\n\nNegative: ").append(g.negative());
        if (g.model() != null) sb.append("\n\nModel: ").append(g.model());
        LintReport report = PromptLinter.lint(g.prompt(), g.negative());
        if (!report.findings().isEmpty()) sb.append("\n\nTells this prompt invites:");
        for (Finding f : report.findings()) {
            sb.append("\n• ").append(f.message());
            if (f.layer() != null && OpRegistry.find(f.layer()) != null) {
                sb.append(" → try a ").append(OpRegistry.find(f.layer()).displayName()).append(" layer");
            }
        }
        text.setText(sb.toString());
        text.setCaretPosition(0);
        score.setText("Lint " + report.score() + "/100");
        score.setToolTipText("Prompt lint score: 100 = no tells found");
    }
}
