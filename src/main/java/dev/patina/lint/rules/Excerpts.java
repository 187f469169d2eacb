package dev.patina.lint.rules;

import dev.patina.lint.ParsedPrompt;

/** Short quotes of prompt text for messages. */
final class Excerpts {
    private static final int MAX = 60;

    private Excerpts() {}

    static String quote(ParsedPrompt p, int start, int end) {
        String s = p.text().substring(start, end).replaceAll("\\s+", " ").trim();
        if (s.length() > MAX) s = s.substring(0, MAX - 1) + "…";
        return "\"" + s + "\"";
    }
}
