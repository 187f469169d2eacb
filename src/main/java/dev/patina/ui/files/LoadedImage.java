package dev.patina.ui.files;

import dev.patina.doc.SourceRef;
import dev.patina.image.Pyramid;
import dev.patina.io.SourceMetadata;
import dev.patina.io.meta.GenerationInfo;
import dev.patina.ops.Resources;
import dev.patina.scene.EyeFocus;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An opened original: its file and hash, its pixels at every scale, the generation prompt it
 * carries (if any), the metadata an export carries over, the resolver for files its layers name (LUTs), relative to its folder,
 * and the eyes found in it (depth of field focuses there).
 */
public record LoadedImage(Path path, String sha256, Pyramid pyramid, Optional<GenerationInfo> generation,
                          SourceMetadata metadata, Resources resources, EyeFocus eyes) {

    /** An image whose eyes are not looked for (tests, pictures where none are wanted). */
    public LoadedImage(Path path, String sha256, Pyramid pyramid, Optional<GenerationInfo> generation,
                       SourceMetadata metadata, Resources resources) {
        this(path, sha256, pyramid, generation, metadata, resources, EyeFocus.none(pyramid.width(), pyramid.height()));
    }

    public SourceRef sourceRef() { return new SourceRef(path.toAbsolutePath().toString(), sha256); }

    public int width() { return pyramid.width(); }

    public int height() { return pyramid.height(); }
}
