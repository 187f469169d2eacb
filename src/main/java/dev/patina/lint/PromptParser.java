package dev.patina.lint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads AUTOMATIC1111 / ComfyUI prompt syntax: emphasis {@code (x)}, {@code ((x))}, {@code [x]},
 * {@code (x:1.3)}, escaped brackets {@code \(}, extra networks {@code <lora:name:0.8>}, ComfyUI
 * {@code embedding:name}, and {@code BREAK}/{@code AND}. Every step is a single linear pass so a
 * hostile 100 KB prompt costs no more than a normal one per char.
 */
public final class PromptParser {
    /** A1111: each pair of round brackets multiplies attention by 1.1, square ones divide by it. */
    private static final double ROUND_WEIGHT = 1.1;
    /** Longest {@code <lora:...>} tag accepted; beyond that a '<' is just a char. */
    private static final int MAX_TAG_LENGTH = 300;
    /** Longest {@code :1.25} weight suffix scanned for; keeps the scan linear on garbage. */
    private static final int MAX_WEIGHT_SUFFIX = 12;

    private PromptParser() {}

    public static ParsedPrompt parse(String text) {
        if (text == null) text = "";
        int n = text.length();
        char[] plain = new char[n];
        for (int i = 0; i < n; i++) plain[i] = Character.toLowerCase(text.charAt(i));
        boolean[] separator = new boolean[n];

        maskExtraNetworks(text, plain);
        List<WeightGroup> groups = new ArrayList<>();
        double[] weight = maskEmphasis(text, plain, groups);
        maskKeywordSeparators(text, plain, separator);
        markPunctuationSeparators(text, plain, separator);
        return split(text, plain, separator, weight, groups);
    }

    /** {@code <lora:x:0.8>}, {@code <hypernet:...>}, ComfyUI {@code embedding:name}: not words. */
    private static void maskExtraNetworks(String text, char[] plain) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                int limit = Math.min(n, i + MAX_TAG_LENGTH);
                boolean colon = false;
                for (int j = i + 1; j < limit; j++) {
                    char d = text.charAt(j);
                    if (d == '<' || d == '\n') break;
                    if (d == ':') colon = true;
                    if (d == '>') {
                        if (colon) {
                            for (int k = i; k <= j; k++) plain[k] = ' ';
                            i = j;
                        }
                        break;
                    }
                }
            } else if ((c == 'e' || c == 'E') && text.regionMatches(true, i, "embedding:", 0, 10)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int j = i;
                while (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ',') j++;
                for (int k = i; k < j; k++) plain[k] = ' ';
                i = j - 1;
            }
        }
    }

    /**
     * Blanks brackets and weight suffixes and returns the weight of every char. Weights multiply
     * through nesting; they are accumulated as logarithms in a difference array so deep nesting
     * stays linear.
     */
    private static double[] maskEmphasis(String text, char[] plain, List<WeightGroup> groups) {
        int n = text.length();
        double[] logDelta = new double[n + 1];
        Deque<int[]> open = new ArrayDeque<>(); // {index, isRound}
        List<int[]> raw = new ArrayList<>();    // {open, close, contentEnd}
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (plain[i] == ' ' && c != ' ') continue; // inside a masked tag
            if (c == '\\' && i + 1 < n && "()[]".indexOf(text.charAt(i + 1)) >= 0) {
                plain[i] = ' ';
                plain[i + 1] = ' ';
                i++;
                continue;
            }
            if (c == '(' || c == '[') {
                plain[i] = ' ';
                open.push(new int[] {i, c == '(' ? 1 : 0});
            } else if (c == ')' || c == ']') {
                plain[i] = ' ';
                boolean round = c == ')';
                if (open.isEmpty() || (open.peek()[1] == 1) != round) continue; // unmatched: just blank it
                int[] o = open.pop();
                double w = round ? ROUND_WEIGHT : 1 / ROUND_WEIGHT;
                int contentEnd = i;
                if (round) {
                    int colon = weightSuffixStart(text, o[0], i);
                    if (colon >= 0) {
                        w = parseWeight(text, colon + 1, i);
                        contentEnd = colon;
                        for (int k = colon; k < i; k++) plain[k] = ' ';
                    }
                }
                logDelta[o[0]] += Math.log(Math.max(w, 1e-3));
                logDelta[i + 1] -= Math.log(Math.max(w, 1e-3));
                raw.add(new int[] {o[0], i, contentEnd});
            }
        }
        double[] weight = new double[n];
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += logDelta[i];
            weight[i] = Math.exp(acc);
        }
        // groups close inner-first; sort by open so parents precede children, then find parents
        raw.sort((a, b) -> Integer.compare(a[0], b[0]));
        Deque<Integer> stack = new ArrayDeque<>();
        for (int[] g : raw) {
            while (!stack.isEmpty() && groups.get(stack.peek()).close() < g[0]) stack.pop();
            int parent = stack.isEmpty() ? -1 : stack.peek();
            double effective = g[0] + 1 < n ? weight[g[0] + 1] : 1.0;
            groups.add(new WeightGroup(g[0], g[1], g[2], effective, parent));
            stack.push(groups.size() - 1);
        }
        return weight;
    }

    /** Index of the ':' of a {@code :1.3} suffix just before {@code close}, or -1. */
    private static int weightSuffixStart(String text, int open, int close) {
        int j = close - 1;
        int limit = Math.max(open, close - MAX_WEIGHT_SUFFIX);
        boolean digit = false;
        while (j > limit && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == ' ')) {
            if (Character.isDigit(text.charAt(j))) digit = true;
            j--;
        }
        if (j > limit && text.charAt(j) == '-') j--;
        while (j > limit && text.charAt(j) == ' ') j--;
        return digit && j > open && text.charAt(j) == ':' ? j : -1;
    }

    private static double parseWeight(String text, int from, int to) {
        try {
            return Double.parseDouble(text.substring(from, to).replace(" ", ""));
        } catch (NumberFormatException e) {
            return ROUND_WEIGHT;
        }
    }

    /** {@code BREAK} (A1111 chunk break) and {@code AND} (composable diffusion) separate descriptors. */
    private static void maskKeywordSeparators(String text, char[] plain, boolean[] separator) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c != 'B' && c != 'A') continue;
            String kw = c == 'B' ? "BREAK" : "AND";
            if (!text.startsWith(kw, i)) continue;
            int e = i + kw.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = e == n || !Character.isLetterOrDigit(text.charAt(e));
            if (before && after) {
                for (int k = i; k < e; k++) {
                    plain[k] = ' ';
                    separator[k] = true;
                }
            }
            i = e - 1;
        }
    }

    private static void markPunctuationSeparators(String text, char[] plain, boolean[] separator) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = plain[i];
            if (c == ',' || c == ';' || c == '\n' || c == '\r' || c == '|' || c == '，' || c == '。' || c == '、') {
                separator[i] = true;
            } else if ((c == '.' || c == '!' || c == '?') && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                    && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                separator[i] = true; // end of a sentence in a natural-language prompt
            }
        }
    }

    private static ParsedPrompt split(String text, char[] plain, boolean[] separator, double[] weight,
                                      List<WeightGroup> groups) {
        int n = text.length();
        List<Descriptor> descriptors = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int[] wStart = new int[16], wEnd = new int[16], wDesc = new int[16];
        int segStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && !separator[i]) continue;
            int firstWord = words.size();
            double maxWeight = 0;
            int j = segStart;
            while (j < i) {
                if (!isWordChar(plain[j])) {
                    j++;
                    continue;
                }
                int s = j;
                while (j < i && (isWordChar(plain[j]) || isInnerJoiner(plain, j, i))) j++;
                if (words.size() == wStart.length) {
                    wStart = java.util.Arrays.copyOf(wStart, wStart.length * 2);
                    wEnd = java.util.Arrays.copyOf(wEnd, wEnd.length * 2);
                    wDesc = java.util.Arrays.copyOf(wDesc, wDesc.length * 2);
                }
                wStart[words.size()] = s;
                wEnd[words.size()] = j;
                wDesc[words.size()] = descriptors.size();
                words.add(new String(plain, s, j - s));
                for (int k = s; k < j; k++) maxWeight = Math.max(maxWeight, weight[k]);
            }
            if (words.size() > firstWord) {
                int rawStart = segStart;
                while (rawStart < i && Character.isWhitespace(text.charAt(rawStart))) rawStart++;
                int rawEnd = i;
                while (rawEnd > rawStart && Character.isWhitespace(text.charAt(rawEnd - 1))) rawEnd--;
                StringBuilder key = new StringBuilder();
                for (int w = firstWord; w < words.size(); w++) {
                    if (key.length() > 0) key.append(' ');
                    key.append(words.get(w));
                }
                descriptors.add(new Descriptor(rawStart, rawEnd, wStart[firstWord], wEnd[words.size() - 1],
                        key.toString(), maxWeight));
            }
            segStart = i + 1;
        }
        int count = words.size();
        return new ParsedPrompt(text, plain, words.toArray(new String[0]), java.util.Arrays.copyOf(wStart, count),
                java.util.Arrays.copyOf(wEnd, count), java.util.Arrays.copyOf(wDesc, count), descriptors, groups);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** "f/1.8", "1.4", "85.5": a '.' or '/' between a word char and a digit stays inside the word. */
    private static boolean isInnerJoiner(char[] plain, int j, int limit) {
        char c = plain[j];
        return (c == '.' || c == '/') && j > 0 && j + 1 < limit && isWordChar(plain[j - 1])
                && Character.isDigit(plain[j + 1]);
    }
}
