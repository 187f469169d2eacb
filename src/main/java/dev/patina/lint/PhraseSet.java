package dev.patina.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A list of phrases matched word by word against a parsed prompt, so "8k" never matches inside
 * "18k gold" and "hyper-realistic" matches "hyper realistic". Phrases never span two descriptors.
 * Besides literal words a phrase may use patterns: {@code #n} a number, {@code #mm} a focal
 * length like "85mm", {@code #f} an aperture like "f/1.8", {@code #k} a resolution like "8k".
 * Matching is a hash look-up per word: no regex, no backtracking.
 */
public final class PhraseSet {
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final List<String[]> patternFirst = new ArrayList<>();

    private PhraseSet(List<String> phrases) {
        for (String phrase : phrases) {
            String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("[\\s\\-_]+");
            if (isPattern(words[0])) patternFirst.add(words);
            else byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
    }

    public static PhraseSet of(String... phrases) {
        return new PhraseSet(List.of(phrases));
    }

    public static PhraseSet of(List<String> phrases) {
        return new PhraseSet(phrases);
    }

    /** A match covering words {@code [firstWord, endWord)} and chars {@code [start, end)}. */
    public record Match(int firstWord, int endWord, int start, int end, String phrase) {}

    /** All non-overlapping matches, left to right, longest phrase first at each position. */
    public List<Match> find(ParsedPrompt p) {
        List<Match> out = new ArrayList<>();
        int n = p.wordCount();
        for (int i = 0; i < n; ) {
            String[] best = longestAt(p, i);
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.length;
            out.add(new Match(i, end, p.wordStart(i), p.wordEnd(end - 1), String.join(" ", best)));
            i = end;
        }
        return out;
    }

    public boolean any(ParsedPrompt p) {
        for (int i = 0; i < p.wordCount(); i++) {
            if (longestAt(p, i) != null) return true;
        }
        return false;
    }

    /** Whether a phrase matches starting exactly at word {@code i}. */
    public boolean matchesAt(ParsedPrompt p, int i) {
        return longestAt(p, i) != null;
    }

    private String[] longestAt(ParsedPrompt p, int i) {
        String[] best = null;
        List<String[]> literal = byFirstWord.get(p.word(i));
        if (literal != null) best = longest(p, i, literal, null);
        if (!patternFirst.isEmpty()) best = longest(p, i, patternFirst, best);
        return best;
    }

    private static String[] longest(ParsedPrompt p, int i, List<String[]> candidates, String[] best) {
        for (String[] phrase : candidates) {
            if ((best == null || phrase.length > best.length) && matches(p, i, phrase)) best = phrase;
        }
        return best;
    }

    private static boolean matches(ParsedPrompt p, int i, String[] phrase) {
        if (i + phrase.length > p.wordCount()) return false;
        int descriptor = p.wordDescriptor(i);
        for (int k = 0; k < phrase.length; k++) {
            int w = i + k;
            if (p.wordDescriptor(w) != descriptor || !wordMatches(phrase[k], p.word(w))) return false;
        }
        return true;
    }

    private static boolean isPattern(String w) {
        return w.length() > 1 && w.charAt(0) == '#';
    }

    static boolean wordMatches(String pattern, String word) {
        if (!isPattern(pattern)) return pattern.equals(word);
        switch (pattern) {
            case "#n": return isNumber(word, 0, word.length());
            case "#mm": return word.length() > 2 && word.endsWith("mm") && isNumber(word, 0, word.length() - 2);
            case "#k": return RESOLUTION_K.contains(word);
            case "#f": return isAperture(word);
            default: throw new IllegalArgumentException("unknown pattern " + pattern);
        }
    }

    /** Resolution claims; "14k"/"18k"/"24k" are gold purities, not resolutions. */
    private static final java.util.Set<String> RESOLUTION_K = java.util.Set.of("2k", "4k", "5k", "6k", "8k", "16k", "32k", "64k");

    private static boolean isNumber(String w, int from, int to) {
        if (from >= to) return false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (c != '.') return false;
        }
        return digit && Character.isDigit(w.charAt(from));
    }

    /** "f/1.8", "f/2", "f1.4": the '/' or the decimal point keeps "f1" (racing) out. */
    private static boolean isAperture(String w) {
        if (w.length() < 2 || w.charAt(0) != 'f') return false;
        if (w.charAt(1) == '/') return isNumber(w, 2, w.length());
        return w.indexOf('.') > 0 && isNumber(w, 1, w.length());
    }
}
