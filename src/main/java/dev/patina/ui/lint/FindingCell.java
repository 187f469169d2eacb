package dev.patina.ui.lint;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import javax.swing.border.Border;
import java.awt.Color;
import java.awt.Component;
import java.util.function.Function;

/**
 * A row of the findings list: severity mark, rule id and severity, then the words it points at and
 * what the fix turns them into. Plain labels, not HTML: a pasted wall of text gives hundreds of
 * rows, and HTML cells take milliseconds each to lay out.
 */
final class FindingCell extends JPanel implements ListCellRenderer<Finding> {
    private static final int EXCERPT_MAX = 28;

    /** The current text of a field, to quote the finding's span from. */
    private final Function<Field, String> text;
    private final JLabel rule = new JLabel();
    private final JLabel severity = new JLabel();
    private final JLabel words = new JLabel();

    FindingCell(Function<Field, String> text) {
        super(new MigLayout("insets 2 4 2 4, gap 6 0, novisualpadding", "[][][grow]", "[][]"));
        this.text = text;
        rule.setIconTextGap(6);
        add(rule);
        add(severity, "wrap");
        add(words, "span 3, gapleft 18, wmin 0");
    }

    @Override
    public Component getListCellRendererComponent(JList<? extends Finding> list, Finding f, int index,
                                                  boolean selected, boolean focus) {
        Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        Color dim = selected ? fg : UIManager.getColor("Label.disabledForeground");
        setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        // Both borders have the same insets, so the focused row does not shift.
        Border border = UIManager.getBorder(focus ? "List.focusCellHighlightBorder" : "List.cellNoFocusBorder");
        setBorder(border);
        // fonts derived from the list's on every call, so they follow the theme and the zoom
        rule.setFont(list.getFont().deriveFont(java.awt.Font.BOLD));
        severity.setFont(list.getFont().deriveFont(list.getFont().getSize2D() - 1f));
        words.setFont(list.getFont());
        rule.setIcon(SeverityStyle.icon(f.severity()));
        rule.setText(f.rule());
        rule.setForeground(fg);
        severity.setText(f.severity().id());
        severity.setForeground(dim);
        words.setText(wordsLine(f));
        words.setForeground(fg);
        setToolTipText(f.severity().id() + ": " + f.message());
        return this;
    }

    private String wordsLine(Finding f) {
        if (f.start() == f.end() && f.hasFix()) {
            return (f.field() == Field.NEGATIVE ? "(negative) add " : "add ") + "“" + shorten(f.replacement()) + "”";
        }
        String excerpt = excerpt(f);
        StringBuilder b = new StringBuilder(excerpt.isEmpty() ? "(whole prompt)" : excerpt);
        if (f.hasFix()) b.append("  →  ").append(f.replacement().isEmpty() ? "remove" : "“" + shorten(f.replacement()) + "”");
        return b.toString();
    }

    private String excerpt(Finding f) {
        String quoted = f.excerpt(text.apply(f.field())).strip();
        if (f.field() == Field.NEGATIVE) return quoted.isEmpty() ? "(negative)" : "(negative) “" + shorten(quoted) + "”";
        return quoted.isEmpty() ? "" : "“" + shorten(quoted) + "”";
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= EXCERPT_MAX ? one : one.substring(0, EXCERPT_MAX - 1) + "…";
    }
}
