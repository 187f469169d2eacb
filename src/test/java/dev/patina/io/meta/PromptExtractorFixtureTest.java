package dev.patina.io.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.testdata.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture listed in ai-images/INDEX.md gives the prompt and negative INDEX.md states. */
class PromptExtractorFixtureTest {

    static Stream<FixtureIndex.Entry> fixtures() throws IOException {
        Path images = SharedData.require("ai-images");
        return FixtureIndex.read(images.resolve("INDEX.md")).stream();
    }

    @Test
    void indexListsAllFixtures() throws IOException {
        assertThat(fixtures().count()).isGreaterThanOrEqualTo(60);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatIndexStates(FixtureIndex.Entry e) throws IOException {
        ExtractionResult r = PromptExtractor.extract(SharedData.root().resolve("ai-images").resolve(e.file()));
        if (!e.hasPrompt()) {
            assertThat(r.hasPrompt()).as(r.summary()).isFalse();
            assertThat(r.summary()).contains(e.file().substring(e.file().indexOf('/') + 1));
            return;
        }
        assertThat(r.hasPrompt()).as(r.summary()).isTrue();
        GenerationInfo g = r.info().orElseThrow();
        assertThat(normalised(g.allPrompts())).as("prompts of " + e.file()).isEqualTo(expected(e.prompts()));
        assertThat(normalised(g.allNegatives())).as("negatives of " + e.file()).isEqualTo(expected(e.negatives()));
        assertThat(g.prompt()).isNotBlank();
    }

    /** INDEX.md marks texts produced at run time with "<...>": the stored input is what a file holds. */
    private static Set<String> expected(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            String s = t;
            if (s.startsWith("<LLM-expanded") && s.contains(" from: ")) s = s.substring(s.indexOf(" from: ") + 7, s.length() - 1);
            else if (s.startsWith("<generated at run time") && s.contains("base_negative: ")) {
                s = s.substring(s.indexOf("base_negative: ") + 15, s.length() - 1);
            } else if (s.startsWith("<ConditioningZeroOut")) s = "";
            s = norm(s);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static Set<String> normalised(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            String s = norm(t);
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
