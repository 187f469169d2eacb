/**
 * The prompt linter: what in a generation prompt produces the AI look, per the seed article
 * (plastic skin, light with no direction, no grain, uniform sharpness, symmetry, white
 * backgrounds, quality boilerplate, over-prompting). Pure Java, no AWT or Swing.
 *
 * <p>Entry points: {@link dev.patina.lint.PromptLinter#lint(String, String, LintConfig)} returns a
 * {@link dev.patina.lint.LintReport}; {@link dev.patina.lint.PromptFixer} applies the findings'
 * replacements. Spans are char offsets into the prompt (or the negative, by
 * {@link dev.patina.lint.Finding#field()}).
 *
 * <p>Rules (ids are stable): quality-boilerplate, stacked-evaluators, abstract-style,
 * over-prompting, token-budget, plain-background, idealized-subject, flat-lighting,
 * no-light-direction, no-lens, no-film-or-grain, symmetry, hands-unspecified, over-sharpening,
 * contradiction, negation-in-prompt, duplicate, extreme-weight, negative-prompt. The photographic
 * ones (no-light-direction, no-lens, no-film-or-grain, negative-prompt advice) run only when
 * {@link dev.patina.lint.PhotoClassifier} sees a photograph; the look rules stay quiet for a
 * named non-photographic medium.
 *
 * <p>Layer ids suggested by findings: relight, grain, film-stock, clarity, depth-of-field,
 * skin-retouch, vignette.
 */
package dev.patina.lint;
