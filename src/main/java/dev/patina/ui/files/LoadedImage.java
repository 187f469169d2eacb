package dev.patina.ui.files;

import dev.patina.doc.SourceRef;
import dev.patina.image.Pyramid;

import java.nio.file.Path;

/** An opened original: its file, its pixels at every scale, and the generation prompt it carries (or ""). */
public record LoadedImage(Path path, String sha256, Pyramid pyramid, String prompt) {
    public SourceRef sourceRef() { return new SourceRef(path.toAbsolutePath().toString(), sha256); }

    public int width() { return pyramid.width(); }

    public int height() { return pyramid.height(); }
}
