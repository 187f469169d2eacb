package dev.patina.lint;

/**
 * Decides whether a prompt asks for a photograph: the photographic rules (lens, film, light
 * direction) only make sense there, and an illustration must not be told to add a lens. A prompt
 * is photographic when it has a photo cue and no medium cue that says otherwise; a prompt with
 * neither is left alone.
 */
public final class PhotoClassifier {
    private PhotoClassifier() {}

    public enum Medium { PHOTO, ART, UNSTATED }

    /**
     * Render-engine tokens are quality boilerplate that the fixes remove; if they decided the medium,
     * removing them would turn the prompt photographic and fixes would not settle.
     */
    private static final PhraseSet BOILERPLATE_RENDER = PhraseSet.of(
            "octane render", "octane rendered", "redshift render", "vray render", "unreal engine", "unreal engine #n",
            "unreal engine #n render", "unreal engine #n rendered", "unreal engine render", "unreal engine rendered");

    public static Medium classify(ParsedPrompt prompt) {
        if (hasArtCue(prompt)) return Medium.ART;
        if (Cues.PHOTO.any(prompt)) return Medium.PHOTO;
        return Medium.UNSTATED;
    }

    private static boolean hasArtCue(ParsedPrompt prompt) {
        java.util.List<PhraseSet.Match> boilerplate = BOILERPLATE_RENDER.find(prompt);
        for (PhraseSet.Match m : Cues.ART.find(prompt)) {
            boolean inside = boilerplate.stream().anyMatch(b -> b.start() <= m.start() && m.end() <= b.end());
            if (!inside) return true;
        }
        return false;
    }
}
