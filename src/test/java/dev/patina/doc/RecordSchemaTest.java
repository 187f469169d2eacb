package dev.patina.doc;

import dev.patina.doc.params.Choice;
import dev.patina.doc.params.FilePath;
import dev.patina.doc.params.Flag;
import dev.patina.doc.params.Group;
import dev.patina.doc.params.Named;
import dev.patina.doc.params.Num;
import dev.patina.doc.params.Point;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema is read off a params record; validated values come back as the record. */
class RecordSchemaTest {
    enum Shape implements Named {
        ROUND("round"), SQUARE("square");
        private final String id;

        Shape(String id) { this.id = id; }

        @Override public String id() { return id; }
    }

    record Shared(@Num(label = "Near", min = 0.1, max = 10, def = 1, unit = "m", help = "n") double near,
                  @Flag(label = "Flip", def = true, help = "f") boolean flip) {}

    record Sample(@Num(label = "Amount", min = 0, max = 1, def = 0.5, mix = true, help = "a") double amount,
                  @Choice(label = "Shape", def = "square", help = "s") Shape shape,
                  @Point(label = "Focus", x = 0.25, y = 0.75, role = ParamRole.FOCUS, help = "p") ImagePoint focus,
                  @FilePath(label = "Map", ext = {".png"}, help = "m") String map,
                  @Group Shared shared) {}

    record Unannotated(double amount) {}

    record WrongType(@Num(label = "A", min = 0, max = 1, def = 0, help = "") String amount) {}

    record TwoMixes(@Num(label = "A", min = 0, max = 1, def = 0, mix = true, help = "") double a,
                    @Num(label = "B", min = 0, max = 1, def = 0, mix = true, help = "") double b) {}

    private static final ParamSchema SCHEMA = ParamSchema.of("sample", Sample.class, 1);

    @Test
    void theSpecsFollowTheComponentsWithGroupsFlattened() {
        assertThat(SCHEMA.names()).containsExactly("amount", "shape", "focus", "map", "near", "flip");
        ParamSpec.Number near = (ParamSpec.Number) SCHEMA.spec("near");
        assertThat(near.unit()).isEqualTo("m");
        assertThat(near.min()).isEqualTo(0.1);
        assertThat(((ParamSpec.Choice) SCHEMA.spec("shape")).choices()).containsExactly("round", "square");
        assertThat(SCHEMA.mixParam()).isEqualTo("amount");
        assertThat(SCHEMA.spec(ParamRole.FOCUS).name()).isEqualTo("focus");
        assertThat(SCHEMA.spec(ParamRole.LIGHT_AZIMUTH)).isNull();
    }

    @Test
    void defaultsAndParsedValuesComeBackAsTheRecord() {
        assertThat(SCHEMA.defaults().as(Sample.class))
            .isEqualTo(new Sample(0.5, Shape.SQUARE, new ImagePoint(0.25, 0.75), "", new Shared(1, true)));
        Sample s = SCHEMA.parse(Map.of("shape", "round", "focus", java.util.List.of(0.5, 0.5), "near", 3.0), 1).as(Sample.class);
        assertThat(s.shape()).isEqualTo(Shape.ROUND);
        assertThat(s.focus()).isEqualTo(new ImagePoint(0.5, 0.5));
        assertThat(s.shared().near()).isEqualTo(3.0);
    }

    @Test
    void aRecordThatCannotBeASchemaIsRefusedWhenTheOpIsMade() {
        assertThatThrownBy(() -> ParamSchema.of("x", Unannotated.class, 1)).hasMessageContaining("no param annotation");
        assertThatThrownBy(() -> ParamSchema.of("x", WrongType.class, 1)).hasMessageContaining("@Num needs double");
        assertThatThrownBy(() -> ParamSchema.of("x", TwoMixes.class, 1)).hasMessageContaining("2 mix params");
        assertThatThrownBy(() -> ParamSchema.of("x", Sample.class, 2)).hasMessageContaining("no migration from version 1");
    }

    @Test
    void migrationsRunInOrderFromTheFilesVersion() {
        ParamSchema v3 = ParamSchema.of("sample", Sample.class, 3,
            new Migration(1, m -> { m.put("near", ((Double) m.remove("distance")) / 100); return m; }),
            new Migration(2, m -> { if (m.containsKey("near")) m.put("near", (Double) m.get("near") * 2); return m; }));
        assertThat(v3.parse(new java.util.HashMap<>(Map.of("distance", 150.0)), 1).number("near")).isEqualTo(3.0);
        assertThat(v3.parse(Map.of("near", 1.5), 2).number("near")).isEqualTo(3.0);
        assertThat(v3.parse(Map.of("near", 1.5), 3).number("near")).isEqualTo(1.5);
    }
}
