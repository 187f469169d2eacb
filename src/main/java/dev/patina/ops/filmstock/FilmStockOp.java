package dev.patina.ops.filmstock;

import dev.patina.doc.ParamSchema;
import dev.patina.doc.ParamSpec;
import dev.patina.doc.Params;
import dev.patina.image.Lut3D;
import dev.patina.ops.Op;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;

import java.util.Arrays;
import java.util.List;

/**
 * Film stock emulation: tone curve, colour response and faded blacks/whites of a film stock, or any
 * 3D LUT the user supplies (.cube or HaldCLUT), as a point op.
 */
public final class FilmStockOp implements Op {
    public static final String ID = "film-stock";

    private static final ParamSchema SCHEMA = new ParamSchema(ID, 1, List.of(
        new ParamSpec.Choice("stock", "Stock", Arrays.stream(Stock.values()).map(Stock::id).toList(), Stock.PORTRA_400.id(),
            "Built-in film look: Portra 400 (warm, soft), Superia 400 (cooler, greener), Ektar 100 (saturated),"
                + " Tri-X 400 (black and white, contrasty), faded 35mm (lifted blacks, faded highlights)"),
        new ParamSpec.Number("strength", "Strength", 0, 1, 1, "",
            "How much of the look to apply; 0 leaves the image unchanged"),
        new ParamSpec.FileRef("lut", "LUT file", List.of(".cube", ".png", ".tif", ".tiff"),
            "Optional 3D LUT (.cube or HaldCLUT image) over sRGB values; replaces the built-in stock when set")));

    @Override public String displayName() { return "Film stock"; }

    @Override public String description() {
        return "Gives the flat digital look the tone curve, colour and faded blacks of a film stock, or applies a LUT";
    }

    @Override public ParamSchema schema() { return SCHEMA; }

    @Override public String mixParam() { return "strength"; }

    @Override
    public OpKernel prepare(Params params, Resources resources) {
        String lutPath = params.text("lut");
        Lut3D lut = lutPath.isEmpty() ? StockLuts.of(Stock.byId(params.text("stock"))) : resources.lut(lutPath);
        return new FilmStockKernel(lut, (float) params.number("strength"));
    }
}
