package dev.patina.lint.rules;

import dev.patina.lint.Descriptor;
import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The same descriptor twice: it spends tokens and over-weights one idea. The fix removes the repeat. */
public final class DuplicateRule implements LintRule {
    public static final String ID = "duplicate";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        Removals removed = new Removals(ctx.findingsIn(Field.PROMPT));
        List<Descriptor> inOrder = new ArrayList<>(p.descriptors());
        inOrder.sort(Comparator.comparingInt(Descriptor::textStart));
        Map<String, Descriptor> seen = new HashMap<>();
        int ownEnd = Integer.MIN_VALUE; // the end of this rule's findings so far, all of which start before d
        for (Descriptor d : inOrder) {
            Descriptor first = seen.putIfAbsent(d.key(), d);
            if (first == null || ownEnd >= d.textEnd() || removed.covers(d.textStart(), d.textEnd())) continue;
            boolean balanced = balanced(p.text(), d.rawStart(), d.rawEnd());
            int start = balanced ? d.rawStart() : d.textStart();
            int end = balanced ? d.rawEnd() : d.textEnd();
            ctx.reportPrompt(ID, Severity.HINT, start, end, Excerpts.quote(p, d.textStart(), d.textEnd())
                    + " appears twice. Repeats spend tokens and over-weight one idea; use fewer, more precise words.", "");
            ownEnd = Math.max(ownEnd, end);
        }
    }

    /**
     * The spans other rules already remove (a repeated "masterpiece"): one finding is enough. Sorted
     * by start with the running maximum of their ends, so whether one covers a span is a binary
     * search, not a scan of every finding for every descriptor (which made lint quadratic).
     */
    static final class Removals {
        private final int[] starts;
        private final int[] maxEnds;

        Removals(List<Finding> findings) {
            List<Finding> removals = new ArrayList<>();
            for (Finding f : findings) if ("".equals(f.replacement())) removals.add(f);
            removals.sort(Comparator.comparingInt(Finding::start));
            starts = new int[removals.size()];
            maxEnds = new int[removals.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = removals.get(i).start();
                max = Math.max(max, removals.get(i).end());
                maxEnds[i] = max;
            }
        }

        /** Whether one removal spans all of [start, end). */
        boolean covers(int start, int end) {
            int lo = 0, hi = starts.length - 1, last = -1; // last removal starting at or before start
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= start) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && maxEnds[last] >= end;
        }
    }

    /** Whether the brackets in a raw descriptor pair up, so removing it whole keeps the syntax intact. */
    private static boolean balanced(String text, int start, int end) {
        int round = 0, square = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '(') round++;
            else if (c == ')' && --round < 0) return false;
            else if (c == '[') square++;
            else if (c == ']' && --square < 0) return false;
        }
        return round == 0 && square == 0;
    }
}
