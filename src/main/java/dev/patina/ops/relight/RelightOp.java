package dev.patina.ops.relight;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.depth.DepthSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Relight: gives flat, directionless (ring-light) images a key light with a direction and a colour
 * temperature, changing only the low frequencies so skin, hair and texture stay as they were.
 * See {@link RelightKernel}.
 */
public final class RelightOp implements Op {
    public static final String ID = "relight";

    static final ParamSchema SCHEMA = new ParamSchema(ID, 1, specs());

    private static List<ParamSpec> specs() {
        List<ParamSpec> s = new ArrayList<>(List.of(
            new ParamSpec.Number("amount", "Amount", 0, 1, 1, "",
                "Blend of the relit result over the original; 0 leaves the image unchanged"),
            new ParamSpec.Number("azimuth", "Direction", 0, 360, 45, "°",
                "Where the light comes from: 0 = the camera's left, 90 = above, 180 = the right, 270 = below"),
            new ParamSpec.Number("elevation", "Elevation", 0, 90, 35, "°",
                "Angle of the light out of the picture towards the camera: 0 = grazing from the side, 90 = on-axis frontal"),
            new ParamSpec.Number("intensity", "Intensity", 0, 2, 1, "", "Strength of the new key light"),
            new ParamSpec.Number("softness", "Softness", 0, 1, 0.3, "",
                "0 = hard light with a crisp terminator, 1 = large soft source wrapping around forms"),
            new ParamSpec.Number("ambient", "Ambient", 0, 1, 0.35, "",
                "How much of the (flattened) original light stays as fill"),
            new ParamSpec.Number("temperature", "Temperature", 1800, 12000, 6500, "K",
                "Colour temperature of the key light (blackbody); ambient keeps the original colour"),
            new ParamSpec.Number("flatten", "Flatten", 0, 1, 0.5, "",
                "How much of the existing frontal light to take out first; 1 assumes the original is lit on-axis"),
            new ParamSpec.Number("shadows", "Cast shadows", 0, 1, 0.6, "",
                "Darkness of the shadows the key light casts (needs a depth map); 0 = none")));
        s.addAll(DepthSource.specs(false));
        return s;
    }

    @Override public String displayName() { return "Relight"; }

    @Override public String description() {
        return "Directional key light with colour temperature from depth or shape, on the low frequencies only";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    @Override public String mixParam() { return "amount"; }

    /**
     * The linear-sRGB colour a white surface takes under the key light at {@code kelvin}
     * (luminance 1, as temperature never changes brightness): for the editor's light widget.
     */
    public static double[] keyLightRgb(double kelvin) {
        float[][] m = LightColour.rgbMatrix(kelvin);
        return new double[] {m[0][0] + m[0][1] + m[0][2], m[1][0] + m[1][1] + m[1][2], m[2][0] + m[2][1] + m[2][2]};
    }

    @Override public OpKernel prepare(Params p, Resources resources) {
        return new RelightKernel(DepthSource.from(p, resources, false), p.number("azimuth"), p.number("elevation"),
            p.number("intensity"), p.number("softness"), p.number("ambient"), p.number("temperature"), p.number("flatten"),
            p.number("shadows"), p.number("amount"));
    }
}
