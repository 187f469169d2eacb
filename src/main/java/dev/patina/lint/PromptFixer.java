package dev.patina.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies findings' replacements to a prompt. A removal takes the emphasis brackets around the
 * removed words and one neighbouring comma with it, so "a, 8k, b" becomes "a, b" and not "a, , b";
 * an insertion at the end of the text is joined with ", ".
 */
public final class PromptFixer {
    private PromptFixer() {}

    /** The text with one finding's replacement applied; unchanged when the finding has no fix. */
    public static String apply(String text, Finding finding) {
        if (finding.replacement() == null || finding.end() > text.length()) return text;
        return splice(text, finding.start(), finding.end(), finding.replacement());
    }

    /** Applies every fix for the prompt field, right to left; a fix overlapping one already applied is skipped. */
    public static String applyAll(String text, List<Finding> findings) {
        return applyAll(text, findings, Field.PROMPT);
    }

    public static String applyAll(String text, List<Finding> findings, Field field) {
        List<Finding> fixes = new ArrayList<>();
        for (Finding f : findings) {
            if (f.field() == field && f.replacement() != null && f.end() <= text.length()) fixes.add(f);
        }
        // right to left so earlier spans stay valid (the sort is stable: equal spans keep report order)
        fixes.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end).reversed());
        int appliedStart = Integer.MAX_VALUE;
        List<Finding> appendAtEnd = new ArrayList<>();
        String out = text;
        for (Finding f : fixes) {
            if (f.start() == f.end() && f.start() == text.length()) {
                appendAtEnd.add(f); // appended after the in-text fixes, in report order
                continue;
            }
            if (f.end() > appliedStart || (f.end() == appliedStart && f.start() == f.end())) continue;
            // two fixes proposing the same text ("hard light from one side" twice) would leave a duplicate
            String replacement = !f.replacement().isEmpty() && out.contains(f.replacement()) ? "" : f.replacement();
            out = splice(out, f.start(), f.end(), replacement);
            appliedStart = f.start();
        }
        for (Finding f : appendAtEnd) out = splice(out, out.length(), out.length(), f.replacement());
        return fixes.isEmpty() ? out : withoutRepeats(out);
    }

    /** Most repeats a removal can create ("4k realism, 8k realism"); bounds the work on hostile text. */
    private static final int MAX_REPEAT_REMOVALS = 50;

    /**
     * Removing words can make two descriptors equal ("ultra realistic illustration" and
     * "illustration"). The duplicate rule would flag the second on the next lint, so it goes now:
     * that keeps fixing idempotent.
     */
    private static String withoutRepeats(String text) {
        String out = text;
        for (int round = 0; round < MAX_REPEAT_REMOVALS; round++) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            Descriptor repeat = null;
            for (Descriptor d : PromptParser.parse(out).descriptors()) {
                if (!seen.add(d.key())) {
                    repeat = d;
                    break;
                }
            }
            if (repeat == null) return out;
            out = remove(out, repeat.textStart(), repeat.textEnd());
        }
        return out;
    }

    static String splice(String text, int start, int end, String replacement) {
        if (start == end) return insert(text, start, replacement);
        if (!replacement.isEmpty()) return text.substring(0, start) + replacement + text.substring(end);
        return remove(text, start, end);
    }

    private static String insert(String text, int at, String addition) {
        if (addition.isEmpty()) return text;
        if (at < text.length()) return text.substring(0, at) + addition + text.substring(at);
        String head = stripTrailing(text);
        if (head.isEmpty()) return addition;
        char last = head.charAt(head.length() - 1);
        if (last == ',' || last == ';' || last == '\n') return head + " " + addition;
        if (last == '.') return head + " " + capitalise(addition) + "."; // natural-language prompt: a new sentence
        return head + ", " + addition;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        return s.substring(0, e);
    }

    private static String remove(String text, int start, int end) {
        int s = start, e = end;
        // take enclosing emphasis with it: "(8k)", "((8k))", "(8k:1.2)", "[8k]"
        while (true) {
            int weightEnd = weightSuffixEnd(text, e);
            int close = weightEnd < text.length() ? weightEnd : -1;
            if (s > 0 && close >= 0 && ((text.charAt(s - 1) == '(' && text.charAt(close) == ')')
                    || (text.charAt(s - 1) == '[' && text.charAt(close) == ']' && weightEnd == e))) {
                s--;
                e = close + 1;
            } else {
                break;
            }
        }
        int l = s, r = e;
        while (l > 0 && isBlank(text.charAt(l - 1))) l--;
        while (r < text.length() && isBlank(text.charAt(r))) r++;
        char left = l == 0 ? 0 : text.charAt(l - 1);
        char right = r == text.length() ? 0 : text.charAt(r);
        boolean leftEdge = left == 0 || isSeparator(left) || left == '.';
        boolean rightEdge = right == 0 || isSeparator(right)
                || (right == '.' && (r + 1 == text.length() || Character.isWhitespace(text.charAt(r + 1))));
        if (leftEdge && rightEdge) {
            // a whole descriptor: drop it with one separator
            if (right == ',' || right == ';' || (right == '.' && (left == 0 || left == '.'))) {
                int after = r + 1;
                while (after < text.length() && isBlank(text.charAt(after))) after++;
                return text.substring(0, s) + text.substring(after);
            }
            if (left == ',' || left == ';') return text.substring(0, l - 1) + text.substring(e);
            return text.substring(0, l) + text.substring(r);
        }
        // words inside a descriptor: drop them with one neighbouring space
        if (e < text.length() && text.charAt(e) == ' ') return text.substring(0, s) + text.substring(e + 1);
        if (s > 0 && text.charAt(s - 1) == ' ') return text.substring(0, s - 1) + text.substring(e);
        return text.substring(0, s) + text.substring(e);
    }

    /** Past a ":1.2" weight suffix starting at {@code i}, or {@code i} when there is none. */
    private static int weightSuffixEnd(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        if (j >= text.length() || text.charAt(j) != ':') return i;
        j++;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        int digits = j;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == '-')) j++;
        if (j == digits) return i;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '\n' || c == '\r' || c == '|';
    }
}
