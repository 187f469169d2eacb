package dev.patina.ui;

import dev.patina.ui.files.ImageLoader;
import dev.patina.ui.files.LoadedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageLoaderTest {
    @TempDir Path temp;

    private Path sample() throws Exception {
        Path p = temp.resolve("sample.png");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dev/patina/ui/sample/sample.png")) {
            Files.copy(in, p);
        }
        return p;
    }

    @Test
    void theBundledSampleCarriesAnA1111Prompt() throws Exception {
        LoadedImage img = ImageLoader.load(sample(), 100_000_000);
        assertThat(img.width()).isEqualTo(1024);
        assertThat(img.generation()).isPresent();
        assertThat(img.generation().get().prompt()).contains("masterpiece");
        assertThat(img.generation().get().negative()).contains("lowres");
        assertThat(img.sha256()).hasSize(64);
    }

    @Test
    void anImageOverTheBudgetIsRefusedBeforeDecoding() throws Exception {
        Path p = sample();
        assertThatThrownBy(() -> ImageLoader.load(p, 500_000))
            .isInstanceOf(java.io.IOException.class)
            .hasMessageContaining("sample.png")
            .hasMessageContaining("too large");
    }

    @Test
    void garbageIsAClearError() throws Exception {
        Path p = temp.resolve("notes.jpg");
        Files.writeString(p, "not an image");
        assertThatThrownBy(() -> ImageLoader.load(p, 100_000_000))
            .isInstanceOf(java.io.IOException.class)
            .hasMessageStartingWith("notes.jpg: ");
    }
}
