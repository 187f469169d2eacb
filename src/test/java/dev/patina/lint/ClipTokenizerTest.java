package dev.patina.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Token counts checked against CLIP's published tokenisation of common strings. */
class ClipTokenizerTest {
    private final ClipTokenizer clip = ClipTokenizer.shared();

    @Test
    void countsLikeClip() {
        // openai/CLIP: "a photo of a cat" -> [320, 1125, 539, 320, 2368]
        assertThat(clip.count("a photo of a cat")).isEqualTo(5);
        assertThat(clip.count("A PHOTO   of a Cat")).isEqualTo(5);
        assertThat(clip.count("masterpiece")).isEqualTo(1);
        // digits are split one by one by the pre-tokeniser
        assertThat(clip.count("85mm")).isEqualTo(3);
        assertThat(clip.count("")).isZero();
    }

    @Test
    void tokensKeepTheirSpans() {
        String text = "photo of a duck, 8k";
        ClipTokenizer.Tokens t = clip.tokenize(text);
        for (int k = 0; k < t.count(); k++) {
            assertThat(t.start(k)).isLessThan(t.end(k));
            if (k > 0) assertThat(t.start(k)).isGreaterThanOrEqualTo(t.end(k - 1));
        }
        assertThat(text.substring(t.start(t.count() - 1), t.end(t.count() - 1))).isEqualTo("k");
    }

    @Test
    void nonLatinTextMapsBytesBackToChars() {
        String text = "a bottle with a 彩虹星系 inside it, #テスト";
        ClipTokenizer.Tokens t = clip.tokenize(text);
        assertThat(t.count()).isGreaterThan(8);
        assertThat(t.end(t.count() - 1)).isEqualTo(text.length());
    }
}
