package dev.patina.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PromptParserTest {

    private static List<String> keys(ParsedPrompt p) {
        return p.descriptors().stream().map(Descriptor::key).toList();
    }

    @Test
    void splitsDescriptorsAndMapsThemToTheOriginalText() {
        String text = "a red fox, (snow:1.3), ((forest)) BREAK [night]";
        ParsedPrompt p = PromptParser.parse(text);
        assertThat(keys(p)).containsExactly("a red fox", "snow", "forest", "night");
        Descriptor snow = p.descriptors().get(1);
        assertThat(text.substring(snow.textStart(), snow.textEnd())).isEqualTo("snow");
        assertThat(text.substring(snow.rawStart(), snow.rawEnd())).isEqualTo("(snow:1.3)");
        assertThat(snow.weight()).isEqualTo(1.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.descriptors().get(2).weight()).isEqualTo(1.21, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.descriptors().get(3).weight()).isEqualTo(1 / 1.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.plain()).hasSize(text.length()).doesNotContain("(", "[", ":1.3", "BREAK");
    }

    @Test
    void extraNetworksEmbeddingsAndEscapesAreNotWords() {
        ParsedPrompt p = PromptParser.parse("photo, <lora:detail_8k:0.8>, embedding:SDA768.pt girl, euryale \\(fate\\)");
        assertThat(keys(p)).containsExactly("photo", "girl", "euryale fate");
    }

    @Test
    void sentencesAndNewlinesSeparateButDecimalsAndAperturesDoNot() {
        ParsedPrompt p = PromptParser.parse("A man reads. The light is soft\n85mm f/1.8, 1.5 stops");
        assertThat(keys(p)).containsExactly("a man reads", "the light is soft", "85mm f/1.8", "1.5 stops");
    }

    @Test
    void nestedGroupsKnowTheirEffectiveWeightAndParent() {
        ParsedPrompt p = PromptParser.parse("(((x)))");
        assertThat(p.groups()).hasSize(3);
        assertThat(p.groups().get(0).parent()).isEqualTo(-1);
        assertThat(p.groups().get(2).parent()).isEqualTo(1);
        assertThat(p.groups().get(2).effectiveWeight()).isEqualTo(1.331, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void unbalancedBracketsAreHarmless() {
        ParsedPrompt p = PromptParser.parse("((a, b]] c) :1.2) ((( <lora:");
        assertThat(keys(p)).containsExactly("a", "b c lora");
        assertThat(p.plain()).hasSize("((a, b]] c) :1.2) ((( <lora:".length());
    }
}
