package dev.patina.scene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The cascades shipped with Patina (OpenCV's data files, see LICENSE beside them), parsed once per
 * process on first use: parsing takes a few tens of milliseconds and the arrays are immutable, so
 * every detector shares them.
 */
public final class Cascades {
    private Cascades() {}

    /** Lienhart's tree-based frontal face cascade "alt2": fewer false positives than "default" at a similar hit rate. */
    public static Cascade frontalFace() { return Frontal.CASCADE; }

    /** Bradley's profile cascade; it finds faces turned one way, so the detector also runs it on the mirrored image. */
    public static Cascade profileFace() { return Profile.CASCADE; }

    private static final class Frontal { static final Cascade CASCADE = load("haarcascade_frontalface_alt2.xml"); }

    private static final class Profile { static final Cascade CASCADE = load("haarcascade_profileface.xml"); }

    static Cascade load(String resource) {
        try (InputStream in = Cascades.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("cascade resource missing from the jar: " + resource);
            return CascadeXml.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read cascade " + resource, e);
        }
    }
}
