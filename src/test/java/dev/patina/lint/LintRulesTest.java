package dev.patina.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hand-labelled set: for every rule, prompts where it must fire and prompts where it must stay
 * quiet. Precision matters as much as recall: a linter that cries wolf gets switched off.
 */
class LintRulesTest {
    private static final String FLUX = "flux1-dev.safetensors";

    /** rule, expected to fire, prompt, negative, model. */
    static Stream<Arguments> labelled() {
        return Stream.of(
                // quality-boilerplate
                row("quality-boilerplate", true, "portrait of a fisherman, 8k, ultra HD"),
                row("quality-boilerplate", true, "masterpiece, best quality, 1girl, solo"),
                row("quality-boilerplate", true, "a castle at dusk, trending on artstation, octane render"),
                row("quality-boilerplate", true, "hyperrealistic photo of an old barn"),
                row("quality-boilerplate", false, "an 18k gold ring on a velvet cushion, 85mm lens"),
                row("quality-boilerplate", false, "a man reading a newspaper on a tram, morning light from the left"),
                row("quality-boilerplate", false, "photo, <lora:detail_8k_v2:0.6>, a red bicycle against a brick wall"),
                // over-prompting
                row("over-prompting", true, "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb"),
                row("over-prompting", false, "morning light from the left on a woman's face, 85mm portrait lens, film grain"),
                // token-budget
                row("token-budget", true, LONG_PROMPT),
                row("token-budget", false, "a lighthouse on a cliff in a storm, waves breaking, dusk"),
                rowModel("token-budget", true, LONG_PROMPT, FLUX), // fires, but only as a hint about the long window
                // plain-background
                row("plain-background", true, "photo of a woman in a red coat, white background"),
                row("plain-background", true, "studio portrait of a man on a plain grey backdrop, 85mm"),
                row("plain-background", false, "anime girl, white background, simple background"),
                row("plain-background", false, "photo of a white building in the background of a market street"),
                // idealized-subject
                row("idealized-subject", true, "photo of a beautiful woman with perfect skin"),
                row("idealized-subject", true, "portrait, flawless complexion, glossy lips"),
                row("idealized-subject", false, "photo of a woman in her mid-30s with freckles and slight laugh lines"),
                row("idealized-subject", false, "photo of a woman with imperfect skin and visible pores"),
                row("idealized-subject", false, "beautiful landscape with mountains"),
                // flat-lighting
                row("flat-lighting", true, "headshot of a CEO, ring light, 85mm"),
                row("flat-lighting", true, "product photo of a watch, soft even lighting"),
                row("flat-lighting", true, "portrait photo of a chef, studio lighting"),
                row("flat-lighting", false, "portrait photo of a chef, window light from the left"),
                row("flat-lighting", false, "oil painting of a chef, studio lighting"),
                // no-light-direction
                row("no-light-direction", true, "photo of an old fisherman mending a net, 50mm, film grain"),
                row("no-light-direction", true, "portrait photo of a nurse, soft lighting, 85mm, Kodak Portra 400"),
                row("no-light-direction", false, "photo of an old fisherman mending a net, low sun from the left"),
                row("no-light-direction", false, "photo of a nurse, backlit by the corridor window"),
                row("no-light-direction", false, "watercolor of an old fisherman mending a net"),
                row("no-light-direction", false, "photo of a nurse, ring light"), // flat-lighting already says it
                // no-lens
                row("no-lens", true, "photo of a street vendor in Hanoi at dusk"),
                row("no-lens", false, "photo of a street vendor in Hanoi at dusk, 35mm f/2"),
                row("no-lens", false, "photo of a street vendor, shot on Leica M6"),
                row("no-lens", false, "anime street vendor in Hanoi at dusk"),
                row("no-lens", false, "a street vendor in Hanoi at dusk"), // medium unstated: not told to add a lens
                // no-film-or-grain
                row("no-film-or-grain", true, "photo of a farmer in a wheat field, 85mm"),
                row("no-film-or-grain", false, "photo of a farmer in a wheat field, Kodak Portra 400"),
                row("no-film-or-grain", false, "photo of a farmer, 35mm film grain"),
                row("no-film-or-grain", false, "digital painting of a farmer in a wheat field"),
                // abstract-style
                row("abstract-style", true, "cinematic dramatic portrait of a man"),
                row("abstract-style", true, "an epic mountain scene, dramatic lighting"),
                row("abstract-style", false, "a man in his 40s standing in front of a window, afternoon light from the left"),
                // symmetry
                row("symmetry", true, "photo of a cathedral facade, perfectly centered, symmetrical"),
                row("symmetry", true, "portrait of a woman, symmetrical face"),
                row("symmetry", false, "photo of a cathedral facade, off-center composition"),
                row("symmetry", false, "portrait of a woman with an asymmetric haircut"),
                // hands-unspecified
                row("hands-unspecified", true, "photo of a barista holding a cup of coffee"),
                row("hands-unspecified", true, "close-up of a pianist's hands, spotlight"),
                row("hands-unspecified", false, "photo of a barista, right hand wrapped around a cup, left hand resting on the counter"),
                row("hands-unspecified", false, "hand-drawn map of a fantasy island"),
                row("hands-unspecified", false, "1girl, hands on own cheeks, smile"),
                // over-sharpening
                row("over-sharpening", true, "landscape photo, HDR, hyper sharp"),
                row("over-sharpening", true, "street photo of a market, everything in focus"),
                row("over-sharpening", false, "landscape photo of a fjord, soft light from the left, 24mm f/8"),
                row("over-sharpening", false, "pencil drawing of a fjord, sharp focus"),
                // contradiction
                row("contradiction", true, "portrait photo, shallow depth of field, everything in focus"),
                row("contradiction", true, "portrait photo, 85mm f/1.4, f/16 sharpness everywhere, deep focus"),
                row("contradiction", true, "street photo, heavy film grain, noise-free"),
                row("contradiction", true, "portrait, Kodak Portra 400, Kodak Ektar 100"),
                row("contradiction", true, "black and white portrait, Kodak Portra 400"),
                row("contradiction", true, "photo of a knight, anime style"),
                row("contradiction", false, "black and white portrait, Kodak Tri-X 400, film grain"),
                row("contradiction", false, "portrait photo, 85mm f/1.4, shallow depth of field, bokeh"),
                row("contradiction", false, "portrait photo, Ilford HP5, grainy"),
                // negation-in-prompt
                row("negation-in-prompt", true, "a quiet beach at dawn, no people"),
                row("negation-in-prompt", true, "portrait of a woman without makeup"),
                row("negation-in-prompt", false, "scenery, no humans, mountains, lake"),
                row("negation-in-prompt", false, "a notebook on a desk, no. 2 pencil"),
                row("negation-in-prompt", false, "a snowy village at night"),
                // negative-prompt
                rowFull("negative-prompt", true, "photo of a chef in a kitchen, 50mm", "", null),
                rowFull("negative-prompt", true, "photo of a chef in a kitchen, 50mm", "blurry, watermark", null),
                rowFull("negative-prompt", true, "photo of a chef in a kitchen", "blurry, watermark", FLUX),
                rowFull("negative-prompt", false, "photo of a chef in a kitchen", "", FLUX),
                rowFull("negative-prompt", false, "photo of a chef in a kitchen",
                        "smooth plastic skin, HDR, symmetrical face, studio backdrop, ring light, neon glow", null),
                rowFull("negative-prompt", false, "anime chef in a kitchen", "", null),
                // duplicate
                row("duplicate", true, "red scarf, snow, red scarf"),
                row("duplicate", false, "red scarf, snow, blue scarf"),
                // extreme-weight
                row("extreme-weight", true, "a fox, (orange fur:1.6)"),
                row("extreme-weight", true, "a fox, (((((orange fur)))))"),
                row("extreme-weight", false, "a fox, (orange fur:1.2), ((snow))"),
                // stacked-evaluators
                row("stacked-evaluators", true, "beautiful stunning amazing landscape, gorgeous sky"),
                row("stacked-evaluators", false, "a beautiful sunset over the harbour"));
    }

    static final String LONG_PROMPT = "an old fisherman with a weathered face mending a green net on a wooden jetty, gulls "
            + "overhead, a rusty trawler moored behind him, stacked crates of ice and fish, a harbour town of white houses "
            + "climbing the hill, laundry on balconies, a church bell tower, fog rolling in from the sea, wet cobblestones, "
            + "a black dog asleep by a coil of rope, morning light from the left, 35mm lens, Kodak Portra 400";

    private static Arguments row(String rule, boolean fires, String prompt) {
        return Arguments.of(rule, fires, prompt, "", null);
    }

    private static Arguments rowModel(String rule, boolean fires, String prompt, String model) {
        return Arguments.of(rule, fires, prompt, "", model);
    }

    private static Arguments rowFull(String rule, boolean fires, String prompt, String negative, String model) {
        return Arguments.of(rule, fires, prompt, negative, model);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("labelled")
    void ruleFiresExactlyWhereLabelled(String rule, boolean fires, String prompt, String negative, String model) {
        LintReport report = PromptLinter.lint(prompt, negative, LintConfig.defaults().withModel(model));
        assertThat(report.has(rule)).as(report.findings().toString()).isEqualTo(fires);
    }

    @Test
    void labelledSetCoversEveryRuleBothWays() {
        Set<String> positive = new java.util.HashSet<>(), negative = new java.util.HashSet<>();
        labelled().forEach(a -> ((boolean) a.get()[1] ? positive : negative).add((String) a.get()[0]));
        assertThat(positive).containsExactlyInAnyOrderElementsOf(PromptLinter.ruleIds());
        assertThat(negative).containsExactlyInAnyOrderElementsOf(PromptLinter.ruleIds());
        assertThat(labelled().count()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void issueRuleIdsAllExist() {
        assertThat(PromptLinter.ruleIds()).contains("quality-boilerplate", "over-prompting", "token-budget",
                "plain-background", "idealized-subject", "flat-lighting", "no-light-direction", "no-lens",
                "no-film-or-grain", "abstract-style", "symmetry", "hands-unspecified", "over-sharpening", "contradiction",
                "negation-in-prompt", "negative-prompt");
    }

    @Test
    void findingsCarryLayersSeverityAndSpans() {
        String p = "photo of a woman with perfect skin, ring light, HDR, everything in focus";
        LintReport r = PromptLinter.lint(p, "", LintConfig.defaults());
        assertThat(r.byRule("flat-lighting")).singleElement().satisfies(f -> {
            assertThat(f.excerpt(p)).isEqualTo("ring light");
            assertThat(f.layer()).isEqualTo("relight");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(r.byRule("idealized-subject")).singleElement().extracting(Finding::layer).isEqualTo("skin-retouch");
        assertThat(r.byRule("over-sharpening")).extracting(Finding::layer).containsExactlyInAnyOrder("clarity", "depth-of-field");
        assertThat(r.byRule("no-film-or-grain")).singleElement().extracting(Finding::layers)
                .isEqualTo(java.util.List.of("grain", "film-stock"));
        assertThat(r.score()).isBetween(0, 99);
    }

    @Test
    void tokenBudgetShowsWhatIsCutAndKnowsLongWindowModels() {
        LintReport clip = PromptLinter.lint(LONG_PROMPT, "", LintConfig.defaults());
        Finding f = clip.byRule("token-budget").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.end()).isEqualTo(LONG_PROMPT.length());
        String cut = f.excerpt(LONG_PROMPT);
        assertThat(LONG_PROMPT.substring(0, f.start())).isNotEmpty();
        assertThat(ClipTokenizer.shared().count(LONG_PROMPT.substring(0, f.start()))).isEqualTo(ClipTokenizer.CONTENT_TOKENS);
        assertThat(cut).endsWith("Kodak Portra 400");
        LintReport flux = PromptLinter.lint(LONG_PROMPT, "", LintConfig.defaults().withModel(FLUX));
        assertThat(flux.byRule("token-budget")).singleElement().satisfies(t -> {
            assertThat(t.severity()).isEqualTo(Severity.HINT);
            assertThat(t.message()).contains("long-context");
        });
    }

    @Test
    void negativeFindingsPointIntoTheNegative() {
        LintReport r = PromptLinter.lint("photo of a chef", "blurry, watermark", LintConfig.defaults().withModel(FLUX));
        assertThat(r.byRule("negative-prompt")).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo(Field.NEGATIVE);
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo("blurry, watermark".length());
            assertThat(f.message()).contains("ignores the negative prompt");
        });
    }

    @Test
    void emptyPromptHasNoFindings() {
        assertThat(PromptLinter.lint("", "", null).findings()).isEmpty();
        assertThat(PromptLinter.lint("   ", null, null).score()).isEqualTo(100);
    }
}
