package dev.patina.lint;

/**
 * An emphasis group: {@code (x)}, {@code (x:1.3)} or {@code [x]}.
 *
 * @param open            index of the opening bracket
 * @param close           index of the closing bracket
 * @param contentEnd      end of the content: before the {@code :1.3} suffix if there is one
 * @param effectiveWeight the weight its content gets, nesting included
 * @param parent          index of the enclosing group in the group list, or -1
 */
public record WeightGroup(int open, int close, int contentEnd, double effectiveWeight, int parent) {
}
