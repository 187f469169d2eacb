package dev.patina.io;

import dev.patina.doc.Document;
import dev.patina.doc.ImagePoint;
import dev.patina.doc.Layer;
import dev.patina.doc.ParamException;
import dev.patina.image.FloatImage;
import dev.patina.image.Pyramid;
import dev.patina.ops.OpRegistry;
import dev.patina.ops.Resources;
import dev.patina.render.CancelToken;
import dev.patina.render.ProgressListener;
import dev.patina.render.RenderRequest;
import dev.patina.render.TileRenderer;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files written before a params change keep opening: stored files of depth of field's version 1
 * (focus as focusX/focusY) open as version 2 (one focus point) and render exactly as the same
 * settings written today.
 */
class ParamsMigrationTest {
    private static final Path DIR = Path.of("src/test/resources/migrations");

    @Test
    void aVersion1DepthOfFieldPresetOpensWithItsFocusAsOnePoint() throws IOException {
        Layer dof = PresetCodec.read(DIR.resolve("dof-v1.preset.json")).layers().get(0);
        assertThat(dof.params().schema().version()).isEqualTo(2);
        assertThat(dof.params().point("focus")).isEqualTo(new ImagePoint(0.35, 0.42));
        assertThat(dof.params().values()).doesNotContainKeys("focusX", "focusY");
        assertThat(dof.params().number("fNumber")).isEqualTo(1.8);
    }

    @Test
    void aVersion1ProjectOpensWithItsFocusAsOnePointAndItsOtherLayersAsTheyWere() throws IOException {
        Document doc = ProjectCodec.read(DIR.resolve("dof-v1.patina"));
        assertThat(doc.layers()).hasSize(2);
        assertThat(doc.layers().get(0).params().number("amount")).isEqualTo(0.3);
        Layer dof = doc.layers().get(1);
        assertThat(dof.params().point("focus")).isEqualTo(new ImagePoint(0.61, 0.27));
        assertThat(dof.params().number("blades")).isEqualTo(6.0);
        assertThat(doc.seed()).isEqualTo(424242L);
    }

    @Test
    void theMigratedPresetRendersExactlyAsTheSameSettingsWrittenToday() throws IOException {
        Layer old = PresetCodec.read(DIR.resolve("dof-v1.preset.json")).layers().get(0);
        String today = Files.readString(DIR.resolve("dof-v1.preset.json"))
            .replace("\"paramsVersion\": 1", "\"paramsVersion\": 2")
            .replace("\"focusX\": 0.35, \"focusY\": 0.42", "\"focus\": [0.35, 0.42]");
        Layer current = PresetCodec.parse(today, "today.json").layers().get(0);
        assertThat(current.params()).isEqualTo(old.params());
        FloatImage scene = TestImages.scene(160, 100, 5);
        assertThat(render(scene, old).plane(1)).containsExactly(render(scene, current).plane(1));
    }

    @Test
    void aLayerWithoutAVersionInEitherFormOpens() throws IOException {
        // Hand-written presets often omit paramsVersion; both the old and the new spelling work.
        Layer a = PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"depth-of-field\","
            + "\"params\":{\"focusX\":0.2}}]}", "a.json").layers().get(0);
        Layer b = PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"depth-of-field\","
            + "\"params\":{\"focus\":[0.2,0.6]}}]}", "b.json").layers().get(0);
        assertThat(a.params()).isEqualTo(b.params());
    }

    @Test
    void aSavedLayerWritesTheCurrentVersionAndReadsBackEqual() throws IOException {
        Layer dof = Layer.of("dof", OpRegistry.require("depth-of-field").schema().defaults())
            .withParam("focus", new ImagePoint(0.1, 0.9));
        String json = PresetCodec.toJson(new Preset("p", List.of(dof)));
        assertThat(json).contains("\"paramsVersion\" : 2").contains("\"focus\" : [ 0.1, 0.9 ]");
        assertThat(PresetCodec.parse(json, "p.json").layers().get(0).params()).isEqualTo(dof.params());
    }

    @Test
    void aBadPointOrAVersionFromTheFutureIsAClearError() {
        assertThatThrownBy(() -> PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"depth-of-field\","
            + "\"paramsVersion\":2,\"params\":{\"focus\":[0.2]}}]}", "c.json"))
            .hasMessageContaining("layers[0].params.focus").hasMessageContaining("point [x, y]");
        assertThatThrownBy(() -> PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"depth-of-field\","
            + "\"paramsVersion\":2,\"params\":{\"focus\":[1.5, 0.5]}}]}", "d.json"))
            .hasMessageContaining("outside the picture");
        assertThatThrownBy(() -> PresetCodec.parse("{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"depth-of-field\","
            + "\"paramsVersion\":3,\"params\":{}}]}", "e.json"))
            .hasMessageContaining("newer than this Patina knows");
        assertThatThrownBy(() -> OpRegistry.require("depth-of-field").schema().parse(Map.of(), 0))
            .isInstanceOf(ParamException.class);
    }

    private static FloatImage render(FloatImage scene, Layer layer) {
        Document doc = TestImages.emptyDoc().withLayers(List.of(layer));
        try (TileRenderer r = new TileRenderer(2, 64, 64L << 20)) {
            return r.render(RenderRequest.whole(doc, new Pyramid(scene), Resources.NONE, 1), ProgressListener.NONE, new CancelToken());
        }
    }
}
