package dev.patina.ops.depth;

import dev.patina.doc.params.Named;

/** How a depth map's values run: disparity-like (near is white) or distance-like (near is black). */
public enum DepthMode implements Named {
    NEAR_WHITE("near-white"), NEAR_BLACK("near-black");

    private final String id;

    DepthMode(String id) { this.id = id; }

    @Override public String id() { return id; }
}
