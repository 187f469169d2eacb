package dev.patina.io;

import dev.patina.doc.BlendMode;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PresetCodecTest {

    @Test
    void readsTheDocumentedHandWrittenShapeWithDefaults() throws IOException {
        Preset p = PresetCodec.parse("""
            {"patina":"preset","version":1,"name":"Soft grain","layers":[
              {"type":"grain","params":{"amount":0.3},"opacity":1.0,"blend":"normal","enabled":true},
              {"type":"vignette"}]}""", "soft.json");
        assertEquals("Soft grain", p.name());
        assertEquals(2, p.layers().size());
        Layer g = p.layers().get(0);
        assertEquals(0.3, g.params().number("amount"));
        assertEquals(1.0, g.params().number("size"), "omitted param takes its default");
        Layer v = p.layers().get(1);
        assertEquals("Vignette", v.name());
        assertEquals(BlendMode.NORMAL, v.blend());
        assertEquals(1.0, v.opacity());
    }

    @Test
    void roundTripsEveryFieldIncludingGradientMasks() throws IOException {
        List<Layer> layers = TestImages.allLayers().layers().stream().map(l -> l.withOpacity(0.7).withBlend(BlendMode.SOFT_LIGHT)).toList();
        Layer masked = layers.get(0).withMask(new Mask.RadialGradient(0.4, 0.5, 0.3, 0.2, 0.6, true)).withEnabled(false);
        Preset p = new Preset("All", Stream.concat(Stream.of(masked), layers.stream().skip(1)).toList());
        Preset back = PresetCodec.parse(PresetCodec.toJson(p), "x.json");
        assertEquals(p.layers().size(), back.layers().size());
        for (int i = 0; i < p.layers().size(); i++) {
            Layer a = p.layers().get(i), b = back.layers().get(i);
            assertEquals(a.withId(b.id()), b);
        }
    }

    @Test
    void badValuesAreClearErrorsNamingTheField() {
        assertError("{\"layers\":[{\"type\":\"grain\",\"params\":{\"amount\":3}}]}", "x.json: layers[0].params.amount: 3 is out of range 0..1");
        assertError("{\"layers\":[{\"type\":\"lomo\"}]}", "x.json: layers[0].type: unknown layer type 'lomo'");
        assertError("{\"layers\":[{\"type\":\"grain\",\"params\":{\"amout\":0.1}}]}", "x.json: layers[0].params.amout: is not a parameter of grain");
        assertError("{\"layers\":[{\"type\":\"grain\",\"params\":{\"amount\":\"lots\"}}]}", "x.json: layers[0].params.amount: must be a number");
        assertError("{\"layers\":[{\"type\":\"grain\",\"opacity\":2}]}", "x.json: layers[0].opacity: 2.0 is out of range 0..1");
        assertError("{\"layers\":[{\"type\":\"grain\",\"blend\":\"overlayish\"}]}", "x.json: layers[0].blend: 'overlayish' is not one of");
        assertError("{\"layers\":[{\"type\":\"grain\"}", "x.json: not valid JSON");
        assertError("{\"patina\":\"preset\",\"version\":9,\"layers\":[]}", "x.json: version: 9 is newer");
        assertError("[1,2]", "x.json: a preset must be a JSON object");
        // A wrong type was reported as "layers[0].blend: 0].blend: must be a string".
        assertError("{\"layers\":[{\"type\":\"grain\",\"blend\":0}]}", "x.json: layers[0].blend: must be a string");
        assertError("{\"layers\":[{\"type\":\"grain\"}]} {\"x\":1}", "x.json: not valid JSON");
        for (String v : new String[] {"-5", "0", "true", "1.9", "4294967297", "\"1\""}) {
            assertError("{\"patina\":\"preset\",\"version\":" + v + ",\"layers\":[]}", "x.json: version: must be a whole number from 1 to 1");
        }
    }

    private static void assertError(String json, String start) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PresetCodec.parse(json, "x.json"));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line");
    }

    @Test
    void builtInPresetsAllParse() throws IOException {
        Path dir = Path.of("presets");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertTrue(list.size() >= 4, "at least four built-in presets");
            for (Path f : list) assertTrue(PresetCodec.read(f).layers().size() > 0, f.toString());
        }
    }

    @Test
    void writeIsAtomicAndReadable(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.json");
        PresetCodec.write(new Preset("Mine", TestImages.allLayers().layers()), f);
        assertEquals("Mine", PresetCodec.read(f).name());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left");
        }
    }
}
