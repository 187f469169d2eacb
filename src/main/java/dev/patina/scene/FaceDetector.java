package dev.patina.scene;

import dev.patina.image.FloatImage;
import dev.patina.image.Rect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Finds faces and their eyes in a photograph-like picture, with no neural network: OpenCV's
 * published Haar cascades (frontal, and profile both ways) evaluated by {@link CascadeScanner} on a
 * reduced-size copy, grouped as OpenCV does, then checked for skin colour and (frontal faces)
 * left-right symmetry, and the eyes located at full resolution by gradient voting.
 *
 * <p>Sizes are fractions of the picture's short side, so a 24 MP original and its 1 MP preview give
 * the same faces: the working copy's short side is what makes the smallest face wanted fill the
 * cascade's 20 px window ({@code 20 / minFace}, 667 px for the default 3%), and never more.
 *
 * <p>Stateless after construction and safe to share between threads.
 */
public final class FaceDetector {
    /**
     * @param minFace smallest face width as a fraction of the short side (0.03: a face in a group photo)
     * @param maxFace largest (0.8: a close-up that still shows the chin and forehead)
     * @param scaleStep ratio between pyramid levels (OpenCV's usual 1.1)
     * @param minNeighbours raw windows a face needs beyond the first (OpenCV's minNeighbors)
     * @param profiles also run the profile cascade (at a quarter of the working resolution, so profiles from 4x minFace:
     *     it costs three times what the frontal one does per window, and profiles matter most in close portraits)
     */
    public record Settings(double minFace, double maxFace, double scaleStep, int minNeighbours, boolean profiles) {
        public Settings {
            if (!(minFace > 0 && minFace < maxFace && maxFace <= 1)) throw new IllegalArgumentException("need 0 < minFace < maxFace <= 1");
            if (!(scaleStep > 1.01 && scaleStep < 2)) throw new IllegalArgumentException("scaleStep must be in (1.01, 2)");
            if (minNeighbours < 0) throw new IllegalArgumentException("minNeighbours must be >= 0");
        }

        public static Settings defaults() {
            return new Settings(0.03, 0.8, 1.15, 2, true);
        }
    }

    /** Where a face came from and what the checks measured, before the verdict: for tuning and tests. */
    record Candidate(Detection box, Kind kind, double skin, double symmetry, EyeLocator.Eyes eyes) {
        double eyeDarkness() { return eyes == null ? 0 : eyes.darkness(); }
    }

    enum Kind { FRONTAL, PROFILE, PROFILE_MIRRORED }

    /**
     * The eye band's mean luma over the cheek band's must be below this (see {@link #eyeBandDarker}).
     * On the boxes of the labelled faces it was 0.67-0.92; 0.97 leaves room for the shifted windows
     * around a face, and cut the frontal scan of a texture-rich picture (coffee.png at 1 MP) by a third.
     */
    static final double EYE_BAND_RATIO = 0.97;
    /** Mean skin likelihood a face's middle needs (colour pictures only). */
    static final double MIN_SKIN = 0.30;
    /**
     * Raw hits a profile needs: more than a frontal face, as a profile has no symmetry and only one
     * eye to check, and the profile cascade fires on dark hair against a shoulder.
     */
    static final int PROFILE_NEIGHBOURS = 5;
    /** How much darker than the bright part of its region the weaker eye's centre must be. */
    static final double MIN_EYE_DARKNESS = 0.30;
    /** Skin a window's middle needs before the cascade looks at it: lower than MIN_SKIN, as a window is rarely centred on the face. */
    static final double GATE_SKIN = 0.35;

    private final Settings settings;
    private final CascadeScanner frontal = new CascadeScanner(Cascades.frontalFace());
    private final CascadeScanner profile;
    private final EyeLocator eyes = new EyeLocator();

    public FaceDetector() {
        this(Settings.defaults());
    }

    public FaceDetector(Settings settings) {
        this.settings = settings;
        this.profile = settings.profiles() ? new CascadeScanner(Cascades.profileFace()) : null;
    }

    public Settings settings() { return settings; }

    /** The faces in the picture, largest first, in full-size pixels of {@code image} (its origin ignored). */
    public List<Face> detect(FloatImage image) {
        FloatImage full = image.bounds().x() == 0 && image.bounds().y() == 0 ? image : image.movedTo(0, 0);
        WorkingImage w = working(full);
        List<Face> faces = new ArrayList<>();
        for (Candidate c : candidates(w, full)) {
            if (accepted(c, w)) faces.add(toFace(c, w, full));
        }
        faces.sort(Comparator.comparingLong((Face f) -> -f.box().area()));
        return faces;
    }

    WorkingImage working(FloatImage full) {
        int shortSide = (int) Math.ceil(Cascades.frontalFace().windowWidth() / settings.minFace());
        return WorkingImage.of(full, shortSide);
    }

    boolean accepted(Candidate c, WorkingImage w) {
        return plausible(c, w) && c.eyes() != null && c.eyeDarkness() >= MIN_EYE_DARKNESS;
    }

    /** The checks before the eyes are looked for (which costs more). */
    private static boolean plausible(Candidate c, WorkingImage w) {
        return !w.colourful || c.skin() >= MIN_SKIN;
    }

    /** Every grouped cascade hit, overlaps resolved (frontal before profile, better supported first), with its evidence. */
    List<Candidate> candidates(WorkingImage w, FloatImage full) {
        int shortSide = Math.min(w.width, w.height);
        double minPx = settings.minFace() * shortSide, maxPx = settings.maxFace() * shortSide;
        WindowGate gate = w.colourful
            ? (x, y, ww, hh) -> w.skinIn(x + 0.3 * ww, y + 0.35 * hh, x + 0.7 * ww, y + 0.85 * hh) >= GATE_SKIN
            : WindowGate.ALL;
        WindowGate frontalGate = (x, y, ww, hh) -> gate.worthScanning(x, y, ww, hh) && eyeBandDarker(w, x, y, ww, hh);
        // The three scans run side by side (each also spreads its levels over the pool): one scan's
        // levels are very unequal (the finest is a third of its work), so alone it keeps two
        // cores busy only part of the time.
        List<Supplier<List<Candidate>>> scans = new ArrayList<>();
        scans.add(() -> kind(RectGrouping.group(frontal.scan(w.luma, minPx, maxPx, settings.scaleStep(), frontalGate),
            settings.minNeighbours(), RectGrouping.DEFAULT_EPS), Kind.FRONTAL, 1, -1));
        if (profile != null) {
            LumaPlane small = w.luma.halved().halved();
            double up = w.luma.width / (double) small.width;
            double minSmall = Math.max(minPx / up, Cascades.profileFace().windowWidth());
            WindowGate smallGate = (x, y, ww, hh) -> gate.worthScanning(x * up, y * up, ww * up, hh * up);
            WindowGate mirroredGate = (x, y, ww, hh) -> smallGate.worthScanning(small.width - x - ww, y, ww, hh);
            scans.add(() -> kind(RectGrouping.group(profile.scan(small, minSmall, maxPx / up, settings.scaleStep(), smallGate),
                PROFILE_NEIGHBOURS, RectGrouping.DEFAULT_EPS), Kind.PROFILE, up, -1));
            scans.add(() -> kind(RectGrouping.group(profile.scan(small.mirrored(), minSmall, maxPx / up, settings.scaleStep(), mirroredGate),
                PROFILE_NEIGHBOURS, RectGrouping.DEFAULT_EPS), Kind.PROFILE_MIRRORED, up, small.width));
        }
        List<Candidate> all = new ArrayList<>();
        for (List<Candidate> found : scans.parallelStream().map(Supplier::get).toList()) all.addAll(found);
        all.sort(Comparator.comparing((Candidate c) -> c.kind() != Kind.FRONTAL).thenComparingInt(c -> -c.box().neighbours()));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : all) {
            boolean overlaps = false;
            for (Candidate k : kept) overlaps |= c.box().overlapOfSmaller(k.box()) > 0.4;
            if (overlaps) continue;
            Detection d = c.box();
            Candidate checked = new Candidate(d, c.kind(), FaceCheck.skin(w, d), c.kind() == Kind.FRONTAL ? FaceCheck.symmetry(w, d) : 0, null);
            if (plausible(checked, w)) {
                checked = new Candidate(d, c.kind(), checked.skin(), checked.symmetry(), eyes.locate(full, d.scaled(w.scale), c.kind()));
            }
            kept.add(checked);
        }
        return kept;
    }

    /** Groups as candidates of one kind, mirrored back (when mirrorWidth >= 0) and scaled to working pixels. */
    private static List<Candidate> kind(List<Detection> groups, Kind kind, double up, int mirrorWidth) {
        List<Candidate> out = new ArrayList<>();
        for (Detection d : groups) out.add(new Candidate((mirrorWidth >= 0 ? d.mirrored(mirrorWidth) : d).scaled(up), kind, 0, 0, null));
        return out;
    }

    /**
     * Viola and Jones's first and strongest feature, as a gate in eight lookups: across a frontal
     * face the band of the eyes is darker than the band of the cheeks below it. (The cascade tests
     * it too, but only after fetching a dozen features' tables; skipping here is cheaper.)
     */
    static boolean eyeBandDarker(WorkingImage w, double x, double y, double ww, double hh) {
        double eyes = w.lumaIn(x + 0.1 * ww, y + 0.25 * hh, x + 0.9 * ww, y + 0.45 * hh);
        double cheeks = w.lumaIn(x + 0.1 * ww, y + 0.5 * hh, x + 0.9 * ww, y + 0.7 * hh);
        return eyes < cheeks * EYE_BAND_RATIO;
    }

    private Face toFace(Candidate c, WorkingImage w, FloatImage full) {
        Detection d = c.box().scaled(w.scale);
        Rect box = clampedBox(d, full.width(), full.height());
        EyeLocator.Eyes e = c.eyes();
        // Each factor is 1 when its evidence is as strong as on a clear frontal portrait.
        double support = 1 - Math.exp(-d.neighbours() / 10.0);
        double skin = w.colourful ? Math.min(1, c.skin() / 0.6) : 0.7;
        double shape = c.kind() == Kind.FRONTAL ? Math.min(1, 0.5 + c.symmetry()) : 0.7;
        double eyeEvidence = Math.min(1, e.darkness() / 0.4);
        double score = support * (0.5 + 0.5 * skin) * shape * (0.5 + 0.5 * eyeEvidence);
        return new Face(box, e.left(), e.right(), Math.round(score * 1000) / 1000.0, c.kind() != Kind.FRONTAL);
    }

    private static Rect clampedBox(Detection d, int w, int h) {
        int x0 = (int) Math.max(0, Math.round(d.x())), y0 = (int) Math.max(0, Math.round(d.y()));
        int x1 = (int) Math.min(w, Math.round(d.right())), y1 = (int) Math.min(h, Math.round(d.bottom()));
        return new Rect(x0, y0, Math.max(1, x1 - x0), Math.max(1, y1 - y0));
    }
}
