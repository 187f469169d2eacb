package dev.patina.lint;

import java.util.List;

/** The findings for one prompt, ordered by field then position, and a 0..100 score. */
public record LintReport(List<Finding> findings, int score) {

    public LintReport {
        findings = List.copyOf(findings);
        if (score < 0 || score > 100) throw new IllegalArgumentException("score " + score);
    }

    public List<Finding> byRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    public boolean has(String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
