package dev.patina.io;

import dev.patina.doc.Document;
import dev.patina.doc.HintBox;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.doc.SceneKind;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scene masks in presets ("portrait: blur the background" works on any portrait) and projects (with the user's strokes). */
class SceneMaskJsonTest {
    private static String preset(String mask) {
        return "{\"patina\":\"preset\",\"version\":1,\"layers\":[{\"type\":\"depth-of-field\",\"mask\":" + mask + "}]}";
    }

    @Test
    void aPresetCarriesASceneMaskWithItsHintExpandAndFeather() throws IOException {
        Layer l = PresetCodec.parse(preset("{\"kind\":\"subject\",\"expand\":4,\"feather\":2.5,\"hint\":[0.2,0.1,0.8,1.2]}"), "p.json")
            .layers().get(0);
        Mask.Scene s = (Mask.Scene) l.mask();
        assertThat(s.kind()).isEqualTo(SceneKind.SUBJECT);
        assertThat(s.expand()).isEqualTo(4);
        assertThat(s.feather()).isEqualTo(2.5);
        assertThat(s.hint()).as("clipped to the picture").isEqualTo(new HintBox(0.2, 0.1, 0.8, 1.0));
        String json = PresetCodec.toJson(new Preset("p", List.of(l)));
        assertThat(PresetCodec.parse(json, "again.json").layers().get(0).mask()).isEqualTo(s);
        for (SceneKind k : SceneKind.values()) {
            Mask m = PresetCodec.parse(preset("{\"kind\":\"" + k.id() + "\",\"inverted\":true}"), "k.json").layers().get(0).mask();
            assertThat(m).isEqualTo(Mask.Scene.of(k).withInverted(true));
        }
    }

    @Test
    void badSceneMasksAreOneClearLine() {
        assertThatThrownBy(() -> PresetCodec.parse(preset("{\"kind\":\"subject\",\"hint\":[1.5,1.5,2,2]}"), "a.json"))
            .hasMessageContaining("layers[0].mask.hint").hasMessageContaining("outside the picture");
        assertThatThrownBy(() -> PresetCodec.parse(preset("{\"kind\":\"subject\",\"hint\":[0.5,0.5,0.2,0.9]}"), "b.json"))
            .hasMessageContaining("layers[0].mask.hint");
        assertThatThrownBy(() -> PresetCodec.parse(preset("{\"kind\":\"subject\",\"hint\":\"centre\"}"), "c.json"))
            .hasMessageContaining("must be a box");
        assertThatThrownBy(() -> PresetCodec.parse(preset("{\"kind\":\"sky\",\"feather\":-3}"), "d.json"))
            .hasMessageContaining("layers[0].mask.feather");
        assertThatThrownBy(() -> PresetCodec.parse(preset("{\"kind\":\"ghosts\"}"), "e.json"))
            .hasMessageContaining("not one of linear, radial, painted, subject, background, sky, skin, face, eyes");
        assertThatThrownBy(() -> PresetCodec.parse(preset("{\"kind\":\"subject\",\"include\":\"masks/x.png\"}"), "f.json"))
            .hasMessageContaining("only allowed in project files");
    }

    @Test
    void aProjectKeepsTheStrokesThatRefineASceneMask(@TempDir Path dir) throws IOException {
        MaskRaster add = MaskRaster.filled(120, 80, 0).withDabs(new double[] {30}, new double[] {40}, 10, 1, 1, 1);
        MaskRaster take = MaskRaster.filled(120, 80, 0).withDabs(new double[] {90}, new double[] {40}, 10, 1, 1, 1);
        Mask.Scene s = new Mask.Scene(SceneKind.SUBJECT, false, -2, 3, new HintBox(0.1, 0.1, 0.9, 0.9), add, take);
        Layer l = Layer.of("blur", dev.patina.ops.OpRegistry.require("depth-of-field").schema().defaults()).withMask(s);
        Document doc = TestImages.emptyDoc().withLayers(List.of(l));
        Path f = dir.resolve("p.patina");
        ProjectCodec.write(doc, f);
        Mask.Scene back = (Mask.Scene) ProjectCodec.read(f).layers().get(0).mask();
        assertThat(back.kind()).isEqualTo(SceneKind.SUBJECT);
        assertThat(back.hint()).isEqualTo(s.hint());
        assertThat(back.expand()).isEqualTo(-2);
        assertThat(back.include().toValues()).containsExactly(add.toValues());
        assertThat(back.exclude().toValues()).containsExactly(take.toValues());
        // A preset of the same stack keeps the scene mask, not the strokes painted on one picture.
        Mask.Scene inPreset = (Mask.Scene) PresetCodec.parse(PresetCodec.toJson(new Preset("p", List.of(l))), "p.json").layers().get(0).mask();
        assertThat(inPreset.include()).isNull();
        assertThat(inPreset.kind()).isEqualTo(SceneKind.SUBJECT);
    }
}
