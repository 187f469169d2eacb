package dev.patina.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.testdata.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ≈5,000 prompts in shared/data/prompts (read in place, never shipped): speed, fixes that
 * settle, no exceptions. The timing bound is loose so a loaded CI machine passes; the measured
 * mean is printed.
 */
class PromptCorpusTest {

    private static List<String> corpus() throws IOException {
        Path dir = SharedData.require("prompts");
        List<String> prompts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) if (!line.isBlank()) prompts.add(line);
            }
        }
        return prompts;
    }

    /** Every real prompt lints, and most real prompts carry something the linter flags (its speed is measured by the bench, not here). */
    @Test
    void lintsTheWholeCorpus() throws IOException {
        List<String> prompts = corpus();
        assertThat(prompts.size()).isGreaterThan(4000);
        int flagged = 0;
        for (String p : prompts) if (!PromptLinter.lint(p, "", LintConfig.defaults()).findings().isEmpty()) flagged++;
        System.out.printf("prompt lint: %d of %d real prompts have findings%n", flagged, prompts.size());
        assertThat(flagged).isGreaterThan(prompts.size() / 2);
    }

    @Test
    void fixesSettleAfterOnePass() throws IOException {
        for (String p : corpus()) {
            String neg = "blurry, watermark";
            LintReport first = PromptLinter.lint(p, neg, LintConfig.defaults());
            String fixed = PromptFixer.applyAll(p, first.findings());
            String fixedNeg = PromptFixer.applyAll(neg, first.findings(), Field.NEGATIVE);
            LintReport second = PromptLinter.lint(fixed, fixedNeg, LintConfig.defaults());
            assertThat(PromptFixer.applyAll(fixed, second.findings())).as(p).isEqualTo(fixed);
            assertThat(PromptFixer.applyAll(fixedNeg, second.findings(), Field.NEGATIVE)).as(p).isEqualTo(fixedNeg);
        }
    }

    @Test
    void everySpanLiesInsideItsText() throws IOException {
        for (String p : corpus()) {
            for (Finding f : PromptLinter.lint(p, "", LintConfig.defaults()).findings()) {
                int len = f.field() == Field.PROMPT ? p.length() : 0;
                assertThat(f.end()).as(p).isLessThanOrEqualTo(len);
            }
        }
    }

    @Test
    void hundredKilobytesOfGarbageLintQuickly() {
        Random random = new Random(42);
        String alphabet = "()[]{}<>:,.;|\\/'\"!?#@&*+-_=~^ \n\tabcxyzBREAK 0123456789éß漢字🙂";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 100_000) {
            int cp = alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            sb.appendCodePoint(cp);
            if (random.nextInt(50) == 0) sb.append("(((((( <lora:x:1.9> masterpiece:1.8) f/1.4 ");
        }
        String garbage = sb.toString();
        String tenth = garbage.substring(0, 10_000);
        PromptLinter.lint("warm up", "", LintConfig.defaults());
        // No absolute time bound (the machine may be busy): what must not happen is a superlinear
        // blow-up (regex backtracking, quadratic span bookkeeping), so 10x the text may take at
        // most ~30x the time, best of three runs each.
        double small = bestMillis(() -> PromptLinter.lint(tenth, tenth, LintConfig.defaults()));
        double large = bestMillis(() -> PromptLinter.lint(garbage, garbage, LintConfig.defaults()));
        LintReport r = PromptLinter.lint(garbage, garbage, LintConfig.defaults());
        System.out.printf("garbage prompt: 10 KB %.1f ms, 100 KB %.1f ms, %d findings%n", small, large, r.findings().size());
        assertThat(large).isLessThan(30 * small + 100);
        String fixed = PromptFixer.applyAll(garbage, r.findings());
        assertThat(fixed).isNotNull();
        // a single 100 KB run of brackets and one of punctuation: the worst cases for nesting and BPE
        assertThat(PromptLinter.lint("(".repeat(50_000) + ")".repeat(50_000), "", null).findings()).isNotNull();
        assertThat(PromptLinter.lint("!?".repeat(50_000), "", null).findings()).isNotNull();
    }

    private static double bestMillis(Runnable work) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        return best;
    }
}
