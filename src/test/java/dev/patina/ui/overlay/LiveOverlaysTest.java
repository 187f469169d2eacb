package dev.patina.ui.overlay;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.SourceRef;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.io.SourceMetadata;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.TileRenderer;
import dev.patina.ui.files.LoadedImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/** The live overlay's bookkeeping, without Swing: the "Swing thread" is a queue the test drains. */
class LiveOverlaysTest {
    private static final java.util.Set<String> DEPTH = java.util.Set.of("depth"), SKIN = java.util.Set.of("skin"),
        BOTH = java.util.Set.of("depth", "skin");

    private final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();
    private final List<String> problems = new ArrayList<>();
    private int changes;
    private final TileRenderer renderer = new TileRenderer(2, 64, 64L << 20);
    private final LiveOverlays overlays = new LiveOverlays(renderer, ui::add, () -> changes++, problems::add);
    private final LoadedImage image = image();

    @AfterEach
    void close() {
        overlays.close();
        renderer.close();
    }

    private static LoadedImage image() {
        FloatImage img = new FloatImage(160, 120);
        for (int i = 0; i < img.plane(0).length; i++) {
            img.plane(0)[i] = 0.5f;
            img.plane(1)[i] = 0.3f + (i % 160) / 800f;
            img.plane(2)[i] = 0.2f;
        }
        return new LoadedImage(Path.of("x.png"), "", new Pyramid(img), Optional.empty(), SourceMetadata.EMPTY, Resources.NONE);
    }

    private static Document doc(Layer... layers) {
        return Document.of(new SourceRef("x.png", "")).withLayers(List.of(layers));
    }

    private static Layer layer(String type) {
        return Layer.of(type, OpRegistry.require(type).schema().defaults());
    }

    private void drainUntilSettled() throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!overlays.isSettled() && System.nanoTime() < deadline) {
            Runnable r = ui.poll();
            if (r == null) Thread.sleep(2);
            else r.run();
        }
        assertThat(overlays.isSettled()).as("settled in time").isTrue();
    }

    @Test
    void anOverlayIsComputedInTheBackgroundThenShownForTheSameState() throws Exception {
        Layer dof = layer("depth-of-field");
        Document d = doc(layer("grain"), dof);
        OverlaySubject s = OverlaySubject.of(d, dof, DEPTH);
        assertThat(overlays.tintFor(s, image, 1)).as("nothing before it is computed").isNull();
        assertThat(overlays.isSettled()).isFalse();
        drainUntilSettled();
        assertThat(changes).isEqualTo(1);
        FieldTint tint = overlays.tintFor(s, image, 1);
        assertThat(tint).isNotNull();
        assertThat(tint.field().width()).isEqualTo(160);
        // Ground plane: the top is far (dark end of the ramp), the bottom near (bright).
        assertThat(lightness(tint.field().at(80, 2))).isLessThan(lightness(tint.field().at(80, 118)));
        assertThat(problems).isEmpty();
    }

    @Test
    void anEditTheOverlayDependsOnTakesItOffAtOnce() throws Exception {
        Layer dof = layer("depth-of-field");
        OverlaySubject s = OverlaySubject.of(doc(dof), dof, DEPTH);
        overlays.tintFor(s, image, 1);
        drainUntilSettled();
        assertThat(overlays.tintFor(s, image, 1)).isNotNull();
        Layer moved = dof.withParam("horizon", 0.2);
        assertThat(overlays.tintFor(OverlaySubject.of(doc(moved), moved, DEPTH), image, 1)).isNull();
        drainUntilSettled();
        assertThat(overlays.tintFor(OverlaySubject.of(doc(moved), moved, DEPTH), image, 1)).isNotNull();
    }

    @Test
    void anEditOfTheLayersBelowMakesItStaleToo() throws Exception {
        Layer skin = layer("skin-retouch");
        Layer grain = layer("grain");
        OverlaySubject s = OverlaySubject.of(doc(grain, skin), skin, SKIN);
        overlays.tintFor(s, image, 1);
        drainUntilSettled();
        Layer stronger = grain.withParam("amount", 0.9);
        assertThat(overlays.tintFor(OverlaySubject.of(doc(stronger, skin), skin, SKIN), image, 1)).isNull();
    }

    @Test
    void anEditItDoesNotDependOnKeepsItWithoutRecomputing() throws Exception {
        Layer relight = layer("relight").withParam("depth", "some-map.png");
        Layer skin = layer("skin-retouch");
        OverlaySubject s = OverlaySubject.of(doc(skin), skin, SKIN);
        overlays.tintFor(s, image, 1);
        drainUntilSettled();
        FieldTint first = overlays.tintFor(s, image, 1);
        Layer evener = skin.withParam("evenness", 1.0);
        assertThat(overlays.tintFor(OverlaySubject.of(doc(evener), evener, SKIN), image, 1)).isSameAs(first);
        assertThat(overlays.isSettled()).isTrue();
        // The light's direction is not part of the depth a relight layer shows.
        assertThat(OverlaySubject.of(doc(relight), relight, DEPTH).key())
            .isEqualTo(OverlaySubject.of(doc(relight.withParam("azimuth", 200.0)), relight.withParam("azimuth", 200.0), DEPTH).key());
    }

    @Test
    void aBurstOfEditsDeliversOnlyTheLastResult() throws Exception {
        Layer dof = layer("depth-of-field");
        OverlaySubject last = null;
        for (int i = 0; i <= 10; i++) {
            Layer l = dof.withParam("horizon", 0.3 + i * 0.02);
            last = OverlaySubject.of(doc(l), l, DEPTH);
            overlays.tintFor(last, image, 1);
            Thread.sleep(15);
        }
        drainUntilSettled();
        assertThat(changes).isEqualTo(1);
        assertThat(overlays.tintFor(last, image, 1)).isNotNull();
    }

    @Test
    void resultsOfSupersededRequestsNeverArriveEvenWhenTheyFinished() throws Exception {
        Layer dof = layer("depth-of-field");
        OverlaySubject last = null;
        for (int i = 0; i < 4; i++) {
            Layer l = dof.withParam("horizon", 0.3 + i * 0.1);
            last = OverlaySubject.of(doc(l), l, DEPTH);
            overlays.tintFor(last, image, 1);
            // Long enough for this request to start and usually finish; its result waits in the ui queue.
            Thread.sleep(LiveOverlays.QUIET_MS + 150);
        }
        assertThat(ui).as("finished results queued").isNotEmpty();
        drainUntilSettled();
        assertThat(changes).isEqualTo(1);
        FieldTint tint = overlays.tintFor(last, image, 1);
        assertThat(tint).isNotNull();
        // Horizon at 0.6 of the height: rows above it are at the far end of the ramp.
        assertThat(tint.field().at(80, 65)).isEqualTo(tint.field().at(80, 5));
        assertThat(tint.field().at(80, 75)).isNotEqualTo(tint.field().at(80, 5));
    }

    @Test
    void aNewZoomKeepsTheOverlayUpWhileItIsRecomputed() throws Exception {
        Layer dof = layer("depth-of-field");
        OverlaySubject s = OverlaySubject.of(doc(dof), dof, DEPTH);
        overlays.tintFor(s, image, 1);
        drainUntilSettled();
        FieldTint atFull = overlays.tintFor(s, image, 0.5);
        assertThat(atFull).isNotNull();
        assertThat(overlays.isSettled()).isFalse();
        drainUntilSettled();
        assertThat(overlays.tintFor(s, image, 0.5).field().width()).isEqualTo(80);
    }

    @Test
    void noOverlayWantedCancelsTheComputation() throws Exception {
        Layer dof = layer("depth-of-field");
        overlays.tintFor(OverlaySubject.of(doc(dof), dof, DEPTH), image, 1);
        assertThat(overlays.tintFor(null, image, 1)).isNull();
        assertThat(overlays.isSettled()).isTrue();
        Thread.sleep(LiveOverlays.QUIET_MS + 200);
        Runnable r;
        while ((r = ui.poll()) != null) r.run();
        assertThat(changes).isZero();
    }

    @Test
    void aFailureIsReportedOnceNotRetriedOnEveryChange() throws Exception {
        Layer relight = layer("relight").withParam("depth", "missing.png");
        OverlaySubject s = OverlaySubject.of(doc(relight), relight, DEPTH);
        overlays.tintFor(s, image, 1);
        drainUntilSettled();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("missing.png");
        assertThat(overlays.tintFor(s, image, 1)).isNull();
        assertThat(overlays.isSettled()).isTrue();
    }

    @Test
    void theOverlayScaleIsThePreviewsUnlessTheImageWouldBeHuge() {
        assertThat(LiveOverlays.scaleFor(0.5, 1024, 1024)).isEqualTo(0.5);
        assertThat(LiveOverlays.scaleFor(1, 1024, 1024)).isEqualTo(1);
        double s = LiveOverlays.scaleFor(1, 6000, 4000);
        assertThat(6000 * s * 4000 * s).isCloseTo(LiveOverlays.MAX_PIXELS, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void onlyLayersWithSomethingToShowAskForAnOverlay() {
        Layer relight = layer("relight");
        Layer grain = layer("grain");
        assertThat(OverlaySubject.of(doc(relight), relight, BOTH)).as("relight without a map has no depth").isNull();
        assertThat(OverlaySubject.of(doc(grain), grain, BOTH)).isNull();
        Layer skin = layer("skin-retouch");
        assertThat(OverlaySubject.of(doc(skin), skin, DEPTH)).as("skin toggle off").isNull();
        Layer dof = layer("depth-of-field");
        OverlaySubject s = OverlaySubject.of(doc(grain, dof, skin), dof, DEPTH);
        assertThat(s.below().layers()).containsExactly(grain);
    }

    private static double lightness(int argb) {
        return 0.3 * (argb >>> 16 & 0xff) + 0.6 * (argb >>> 8 & 0xff) + 0.1 * (argb & 0xff);
    }
}
