package dev.patina.io;

import dev.patina.doc.Layer;

import java.util.List;

/** A named, reusable layer stack (no source, no painted masks). */
public record Preset(String name, List<Layer> layers) {
    public Preset {
        layers = List.copyOf(layers);
    }
}
