package dev.patina.lint;

/** One check. Rules are stateless; everything they know comes from the context. */
public interface LintRule {
    /** The stable id every finding of this rule carries. */
    String id();

    void check(LintContext context);
}
