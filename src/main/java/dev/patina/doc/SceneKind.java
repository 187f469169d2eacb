package dev.patina.doc;

import dev.patina.doc.params.Named;

/** What a scene mask finds in the picture by itself. */
public enum SceneKind implements Named {
    SUBJECT("subject"), BACKGROUND("background"), SKY("sky"), SKIN("skin"), FACE("face"), EYES("eyes");

    private final String id;

    SceneKind(String id) { this.id = id; }

    @Override public String id() { return id; }

    /** The kind with this id, or null. */
    public static SceneKind byId(String id) {
        for (SceneKind k : values()) if (k.id.equals(id)) return k;
        return null;
    }
}
