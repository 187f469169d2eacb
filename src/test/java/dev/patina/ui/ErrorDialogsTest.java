package dev.patina.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorDialogsTest {
    @Test
    void anOutOfMemoryWrappedByTheRendererReadsAsMemoryNotAsAStackTraceLine() {
        Throwable wrapped = new IllegalStateException(new OutOfMemoryError("Java heap space"));
        assertThat(ErrorDialogs.describe(wrapped)).startsWith("Not enough memory");
        assertThat(ErrorDialogs.describe(new OutOfMemoryError())).startsWith("Not enough memory");
        assertThat(ErrorDialogs.describe(new IllegalStateException("layer 'Grain': bad"))).isEqualTo("layer 'Grain': bad");
    }
}
