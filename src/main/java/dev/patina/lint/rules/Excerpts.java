package dev.patina.lint.rules;

import dev.patina.lint.ParsedPrompt;

/** Short quotes of prompt text for messages. */
final class Excerpts {
    private static final int MAX = 60;

    private Excerpts() {}

    /** Descriptors up to this many words read as tags, where dropping a word keeps the rest sound. */
    private static final int TAG_WORDS = 4;

    /**
     * The removal fix ("") for words {@code [first, end)}: offered when they are a whole descriptor
     * or sit in a short tag-like one; in a sentence ("the colours and intricate details within the
     * glass") cutting them would break the grammar, so no mechanical fix is offered (null).
     */
    static String removalOrNull(ParsedPrompt p, int firstWord, int endWord) {
        int descriptor = p.wordDescriptor(firstWord);
        dev.patina.lint.Descriptor d = p.descriptors().get(descriptor);
        boolean whole = p.wordStart(firstWord) == d.textStart() && p.wordEnd(endWord - 1) == d.textEnd();
        int words = 0; // counted up to the limit only: a garbage descriptor can hold thousands of words
        for (int i = p.firstWordAtOrAfter(d.textStart());
             i < p.wordCount() && p.wordDescriptor(i) == descriptor && words <= TAG_WORDS; i++) {
            words++;
        }
        return whole || words <= TAG_WORDS ? "" : null;
    }

    static String quote(ParsedPrompt p, int start, int end) {
        String s = p.text().substring(start, end).replaceAll("\\s+", " ").trim();
        if (s.length() > MAX) s = s.substring(0, MAX - 1) + "…";
        return "\"" + s + "\"";
    }
}
