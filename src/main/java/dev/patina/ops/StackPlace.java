package dev.patina.ops;

/**
 * The natural order of finishing steps, bottom to top: repairs of the picture itself, then the
 * light falling on the scene, the lens that images it, the tone and colour of the capture, the
 * film's look, and last what sits on top of the print (vignette, grain). Grain under a blur would be
 * blurred; a skin retouch above a film look would undo the film's colour.
 */
public enum StackPlace {
    REPAIR, RETOUCH, LIGHT, LENS, TONE, FILM, FINISH, GRAIN
}
