package dev.patina.lint;

import java.util.ArrayList;
import java.util.List;

/** What rules read (the parsed prompt and negative, the medium, the model) and where they report. */
public final class LintContext {
    private final ParsedPrompt prompt;
    private final ParsedPrompt negative;
    private final LintConfig config;
    private final PhotoClassifier.Medium medium;
    private final List<Finding> findings = new ArrayList<>();

    LintContext(ParsedPrompt prompt, ParsedPrompt negative, LintConfig config) {
        this.prompt = prompt;
        this.negative = negative;
        this.config = config;
        this.medium = PhotoClassifier.classify(prompt);
    }

    public ParsedPrompt prompt() {
        return prompt;
    }

    public ParsedPrompt negative() {
        return negative;
    }

    public LintConfig config() {
        return config;
    }

    public ModelFamily family() {
        return config.family();
    }

    /** The prompt asks for a photograph (and not for a painting, render, anime...). */
    public boolean photographic() {
        return medium == PhotoClassifier.Medium.PHOTO;
    }

    /** The prompt names a non-photographic medium: photographic look advice does not apply. */
    public boolean artMedium() {
        return medium == PhotoClassifier.Medium.ART;
    }

    public boolean hasFinding(String rule) {
        for (Finding f : findings) if (f.rule().equals(rule)) return true;
        return false;
    }

    /** Findings reported so far by one rule (rules run in a fixed order). */
    public List<Finding> findings(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** Findings reported so far in one field. */
    public List<Finding> findingsIn(Field field) {
        return findings.stream().filter(f -> f.field() == field).toList();
    }

    public void report(Finding finding) {
        findings.add(finding);
    }

    /** Shorthand for a finding in the positive prompt. */
    public void reportPrompt(String rule, Severity severity, int start, int end, String message, String replacement,
                             String... layers) {
        findings.add(new Finding(rule, severity, start, end, Field.PROMPT, message, replacement, List.of(layers)));
    }

    List<Finding> findings() {
        return findings;
    }
}
