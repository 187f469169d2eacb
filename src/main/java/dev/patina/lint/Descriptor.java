package dev.patina.lint;

/**
 * One comma (or sentence, or BREAK) separated piece of a prompt.
 *
 * @param rawStart  first non-blank char of the piece in the original text, syntax included
 * @param rawEnd    end (exclusive) of the piece, syntax included
 * @param textStart first char of the first word
 * @param textEnd   end of the last word
 * @param key       the words, lowercased and single-spaced: what the piece says, without syntax
 * @param weight    the largest emphasis weight on any of its chars (1.0 = none)
 */
public record Descriptor(int rawStart, int rawEnd, int textStart, int textEnd, String key, double weight) {
}
