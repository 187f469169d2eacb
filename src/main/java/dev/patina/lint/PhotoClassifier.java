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

    public static Medium classify(ParsedPrompt prompt) {
        if (Cues.ART.any(prompt)) return Medium.ART;
        if (Cues.PHOTO.any(prompt)) return Medium.PHOTO;
        return Medium.UNSTATED;
    }
}
