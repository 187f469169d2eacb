package dev.patina.ui.lint;

import dev.patina.lint.LintReport;

/** A report together with the exact input it was made from. */
record LintResult(LintInput input, LintReport report) {}
