package dev.patina.ops.dof;

import dev.patina.doc.params.Named;

/** What depth of field focuses on: the nearer eye of the largest face (the focus point when there is none), or the point. */
public enum FocusOn implements Named {
    EYE("eye"), POINT("point");

    private final String id;

    FocusOn(String id) { this.id = id; }

    @Override public String id() { return id; }
}
