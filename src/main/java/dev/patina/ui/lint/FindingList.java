package dev.patina.ui.lint;

import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.Severity;

import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import java.util.List;
import java.util.function.Function;

/**
 * The findings of the latest lint. Refilled on every lint while the user types, so it keeps the
 * user on the same finding (or, once that one is fixed, on the one that took its place), and it
 * tells listeners which selection changes were its own doing rather than the user's.
 */
final class FindingList extends JList<Finding> {
    private final DefaultListModel<Finding> items;
    private boolean refilling;

    FindingList(Function<Field, String> text) {
        this(new DefaultListModel<>(), text);
    }

    private FindingList(DefaultListModel<Finding> items, Function<Field, String> text) {
        super(items);
        this.items = items;
        setName("lint.findings");
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setCellRenderer(new FindingCell(text));
        // Every row has the same two lines: one row's height serves all (widths are still measured, so rows fit the column).
        setPrototypeCellValue(new Finding("quality-boilerplate", Severity.WARNING, 0, 0, Field.PROMPT, "", "", List.of()));
        setFixedCellWidth(-1);
        setVisibleRowCount(4);
    }

    /** True while {@link #refill} changes the selection: a listener should not treat that as the user's pick. */
    boolean isRefilling() {
        return refilling;
    }

    void refill(List<Finding> findings) {
        Finding before = getSelectedValue();
        int index = getSelectedIndex();
        refilling = true;
        try {
            items.clear();
            items.addAll(findings);
            int keep = before == null ? -1 : indexOfSame(findings, before);
            int pick = keep >= 0 ? keep : Math.min(Math.max(index, 0), findings.size() - 1);
            if (pick >= 0) setSelectedIndex(pick);
            else clearSelection();
        } finally {
            refilling = false;
        }
    }

    /** The same problem in a new report: spans shift as the user types, rule and message do not. */
    private static int indexOfSame(List<Finding> all, Finding f) {
        for (int i = 0; i < all.size(); i++) {
            Finding g = all.get(i);
            if (g.rule().equals(f.rule()) && g.field() == f.field() && g.message().equals(f.message())) return i;
        }
        return -1;
    }
}
