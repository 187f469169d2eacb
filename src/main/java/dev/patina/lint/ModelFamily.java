package dev.patina.lint;

import java.util.Locale;

/** What a model's text encoder can read, guessed from its name. */
public enum ModelFamily {
    /** Unknown name: assume CLIP, the encoder of SD 1.x/2.x/SDXL and most checkpoints. */
    UNKNOWN(77, true),
    /** Flux: a T5 encoder with a long window, and guidance-distilled, so the negative prompt is ignored. */
    FLUX(512, false),
    /** Other T5 / LLM-encoder models (SD3, PixArt, AuraFlow, Hunyuan, Qwen-Image...): long window, negatives read. */
    LONG_CONTEXT(256, true);

    private final int tokenWindow;
    private final boolean readsNegative;

    ModelFamily(int tokenWindow, boolean readsNegative) {
        this.tokenWindow = tokenWindow;
        this.readsNegative = readsNegative;
    }

    public int tokenWindow() {
        return tokenWindow;
    }

    public boolean readsNegative() {
        return readsNegative;
    }

    public boolean hasLongWindow() {
        return this != UNKNOWN;
    }

    private static final String[] LONG_CONTEXT_MARKERS = {
        "sd3", "sd 3", "stable-diffusion-3", "stable_diffusion_3", "stablediffusion3", "t5", "auraflow",
        "pixart", "hunyuan", "qwen", "cosmos", "lumina", "chroma", "hidream", "kolors", "wan2", "omnigen",
    };

    public static ModelFamily of(String modelName) {
        if (modelName == null || modelName.isBlank()) return UNKNOWN;
        String m = modelName.toLowerCase(Locale.ROOT);
        if (m.contains("flux") && !m.contains("chroma")) return FLUX;
        for (String marker : LONG_CONTEXT_MARKERS) {
            if (m.contains(marker)) return LONG_CONTEXT;
        }
        return UNKNOWN;
    }
}
