package dev.patina.ui.lint;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.UIManager;
import java.awt.Component;
import java.util.function.Function;

/**
 * A row of the findings list: severity mark, rule id and severity, then the words it points
 * at and what the fix turns them into. The full explanation is in the details below and in the tooltip.
 */
final class FindingCell extends DefaultListCellRenderer {
    private static final int EXCERPT_MAX = 28;

    /** The current text of a field, to quote the finding's span from. */
    private final Function<Field, String> text;

    FindingCell(Function<Field, String> text) {
        this.text = text;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
        super.getListCellRendererComponent(list, value, index, selected, focus);
        Finding f = (Finding) value;
        setIcon(SeverityStyle.icon(f.severity()));
        setIconTextGap(6);
        setVerticalTextPosition(TOP);
        setVerticalAlignment(TOP);
        String dim = selected ? "" : " color='" + Html.hex(UIManager.getColor("Label.disabledForeground")) + "'";
        // Two lines: the column is narrow, and the quoted words with their fix need the room.
        StringBuilder html = new StringBuilder("<html><b>").append(Html.escape(f.rule())).append("</b>")
            .append(" <font").append(dim).append(">").append(f.severity().id()).append("</font><br><nobr>");
        String excerpt = excerpt(f);
        html.append(Html.escape(excerpt.isEmpty() ? "(whole prompt)" : excerpt));
        if (f.hasFix()) {
            String fix = f.replacement().isEmpty() ? "remove" : "“" + shorten(f.replacement()) + "”";
            html.append(" <font").append(dim).append(">→</font> ").append(Html.escape(fix));
        }
        setText(html.append("</nobr></html>").toString());
        setToolTipText(f.severity().id() + ": " + f.message());
        return this;
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
