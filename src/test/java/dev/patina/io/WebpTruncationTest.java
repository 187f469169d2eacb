package dev.patina.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cut-off WebP is refused: the lossless decoder would otherwise fill the rest with garbage and no error. */
class WebpTruncationTest {
    @TempDir Path dir;

    /** A 96x64 lossless (VP8L) WebP made with ImageMagick from a synthetic swirl of red into blue. */
    private static byte[] lossless() throws Exception {
        try (InputStream in = WebpTruncationTest.class.getResourceAsStream("/webp/lossless-gradient.webp")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theWholeFileDecodes() throws Exception {
        Path f = Files.write(dir.resolve("whole.webp"), lossless());
        DecodedImage img = new ImageDecoder().decode(f);
        assertThat(img.image().width()).isEqualTo(96);
        assertThat(img.format()).isEqualTo("WEBP");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.6, 0.9, 0.99})
    void aCutOffFileIsRefusedAsTruncated(double kept) throws Exception {
        byte[] whole = lossless();
        Path f = Files.write(dir.resolve("cut.webp"), Arrays.copyOf(whole, (int) (whole.length * kept)));
        assertThatThrownBy(() -> new ImageDecoder().decode(f))
            .isInstanceOf(ImageFormatException.class)
            .hasMessageContaining("truncated WEBP data");
    }
}
