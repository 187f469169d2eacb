package dev.patina.lint;

import java.util.List;

/**
 * A prompt split into words and descriptors, every piece mapped to char offsets of the original.
 * {@code plain} has the same length as the text: lowercase, with emphasis brackets, weights, extra
 * network tags and BREAK blanked out, so offsets found in it are offsets into the original.
 */
public final class ParsedPrompt {
    private final String text;
    private final char[] plain;
    private final String[] words;
    private final int[] wordStart;
    private final int[] wordEnd;
    private final int[] wordDescriptor;
    private final List<Descriptor> descriptors;
    private final List<WeightGroup> groups;

    ParsedPrompt(String text, char[] plain, String[] words, int[] wordStart, int[] wordEnd, int[] wordDescriptor,
                 List<Descriptor> descriptors, List<WeightGroup> groups) {
        this.text = text;
        this.plain = plain;
        this.words = words;
        this.wordStart = wordStart;
        this.wordEnd = wordEnd;
        this.wordDescriptor = wordDescriptor;
        this.descriptors = List.copyOf(descriptors);
        this.groups = List.copyOf(groups);
    }

    public String text() {
        return text;
    }

    /** The lowercase text with syntax blanked; same length as {@link #text()}. */
    public String plain() {
        return new String(plain);
    }

    char[] plainChars() {
        return plain;
    }

    public int wordCount() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public int wordStart(int i) {
        return wordStart[i];
    }

    public int wordEnd(int i) {
        return wordEnd[i];
    }

    /** Index into {@link #descriptors()} of the descriptor that holds word {@code i}. */
    public int wordDescriptor(int i) {
        return wordDescriptor[i];
    }

    public List<Descriptor> descriptors() {
        return descriptors;
    }

    public List<WeightGroup> groups() {
        return groups;
    }

    public boolean isBlank() {
        return words.length == 0;
    }

    /** First word index at or after char offset {@code pos}, or wordCount(). */
    public int firstWordAtOrAfter(int pos) {
        int lo = 0, hi = words.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (wordStart[mid] < pos) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
