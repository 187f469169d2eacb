package dev.patina.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.patina.doc.HintBox;
import dev.patina.doc.Layer;
import dev.patina.doc.Mask;
import dev.patina.doc.MaskRaster;
import dev.patina.doc.ParamException;
import dev.patina.doc.SceneKind;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The JSON form of a layer's mask: {@code {"kind": "linear"|"radial"|"painted"|"subject"|...,
 * "inverted": false, ...}}. A scene mask ({@code subject, background, sky, skin, face, eyes})
 * carries {@code expand} and {@code feather} (full-size px), an optional {@code hint} box
 * {@code [x0, y0, x1, y1]} and, in projects, the user's {@code include}/{@code exclude} strokes.
 */
final class MaskJson {
    private static final String SCENE_KINDS = Arrays.stream(SceneKind.values()).map(SceneKind::id).collect(Collectors.joining(", "));

    private MaskJson() {}

    /** The mask's JSON, or null when it cannot be kept here (a painted mask in a preset). */
    static ObjectNode write(Layer layer, MaskFiles files) {
        Mask mask = layer.mask();
        ObjectNode m = LayerJson.MAPPER.createObjectNode();
        if (mask instanceof Mask.LinearGradient g) {
            m.put("kind", "linear").put("x0", g.x0()).put("y0", g.y0()).put("x1", g.x1()).put("y1", g.y1());
        } else if (mask instanceof Mask.RadialGradient g) {
            m.put("kind", "radial").put("cx", g.cx()).put("cy", g.cy()).put("rx", g.rx()).put("ry", g.ry()).put("feather", g.feather());
        } else if (mask instanceof Mask.Painted p) {
            String file = files.store(layer, "", p.raster());
            if (file == null) return null;
            m.put("kind", "painted").put("file", file);
        } else if (mask instanceof Mask.Scene s) {
            m.put("kind", s.kind().id()).put("expand", s.expand()).put("feather", s.feather());
            if (s.hint() != null) m.putArray("hint").add(s.hint().x0()).add(s.hint().y0()).add(s.hint().x1()).add(s.hint().y1());
            // Strokes belong to one picture: a preset keeps the scene mask without them.
            if (s.include() != null) putIfKept(m, "include", files.store(layer, "include", s.include()));
            if (s.exclude() != null) putIfKept(m, "exclude", files.store(layer, "exclude", s.exclude()));
        } else {
            return null; // a computed field is never saved: the scene mask it came from is
        }
        m.put("inverted", mask.inverted());
        return m;
    }

    private static void putIfKept(ObjectNode m, String field, String file) {
        if (file != null) m.put(field, file);
    }

    static Mask read(JsonNode m, String at, MaskFiles files) {
        if (!m.isObject()) throw new ParamException(at, "must be an object");
        String kind = m.has("kind") ? LayerJson.text(m, "kind", at) : "";
        boolean inv = m.has("inverted") && m.get("inverted").asBoolean(false);
        SceneKind scene = SceneKind.byId(kind);
        if (scene != null) return readScene(m, at, files, scene, inv);
        return switch (kind) {
            case "linear" -> new Mask.LinearGradient(LayerJson.number(m, "x0", at), LayerJson.number(m, "y0", at),
                LayerJson.number(m, "x1", at), LayerJson.number(m, "y1", at), inv);
            case "radial" -> {
                double rx = LayerJson.number(m, "rx", at), ry = LayerJson.number(m, "ry", at);
                double f = m.has("feather") ? LayerJson.number(m, "feather", at) : 0.5;
                if (rx <= 0 || ry <= 0) throw new ParamException(at, "radii must be positive");
                if (f < 0 || f > 1) throw new ParamException(at + ".feather", f + " is out of range 0..1");
                yield new Mask.RadialGradient(LayerJson.number(m, "cx", at), LayerJson.number(m, "cy", at), rx, ry, f, inv);
            }
            case "painted" -> new Mask.Painted(files.load(m.path("file").asText(""), at), inv);
            default -> throw new ParamException(at + ".kind", "'" + kind + "' is not one of linear, radial, painted, " + SCENE_KINDS);
        };
    }

    private static Mask readScene(JsonNode m, String at, MaskFiles files, SceneKind kind, boolean inv) {
        double expand = m.has("expand") ? LayerJson.number(m, "expand", at) : 0;
        double feather = m.has("feather") ? LayerJson.number(m, "feather", at) : 0;
        HintBox hint = null;
        if (m.has("hint") && !m.get("hint").isNull()) {
            JsonNode h = m.get("hint");
            if (!h.isArray() || h.size() != 4 || !h.get(0).isNumber() || !h.get(1).isNumber() || !h.get(2).isNumber() || !h.get(3).isNumber()) {
                throw new ParamException(at + ".hint", "must be a box [x0, y0, x1, y1] of fractions of the picture");
            }
            try {
                hint = new HintBox(h.get(0).doubleValue(), h.get(1).doubleValue(), h.get(2).doubleValue(), h.get(3).doubleValue());
            } catch (ParamException e) {
                throw new ParamException(at + ".hint", e.problem());
            }
        }
        MaskRaster include = m.has("include") ? files.load(LayerJson.text(m, "include", at), at + ".include") : null;
        MaskRaster exclude = m.has("exclude") ? files.load(LayerJson.text(m, "exclude", at), at + ".exclude") : null;
        try {
            return new Mask.Scene(kind, inv, expand, feather, hint, include, exclude);
        } catch (ParamException e) {
            throw new ParamException(at + "." + e.param(), e.problem());
        }
    }
}
