package dev.patina.ops.filmstock;

import dev.patina.image.Lut3D;
import dev.patina.ops.OpKernel;
import dev.patina.ops.Resources;
import dev.patina.ops.TypedOp;

/**
 * Film stock emulation: tone curve, colour response and faded blacks/whites of a film stock, or any
 * 3D LUT the user supplies (.cube or HaldCLUT), as a point op.
 */
public final class FilmStockOp extends TypedOp<FilmStockParams> {
    public static final String ID = "film-stock";

    public FilmStockOp() { super(ID, FilmStockParams.class, 1); }

    @Override public String displayName() { return "Film stock"; }

    @Override public String description() {
        return "Gives the flat digital look the tone curve, colour and faded blacks of a film stock, or applies a LUT";
    }

    @Override protected OpKernel kernel(FilmStockParams p, Resources resources) {
        Lut3D lut = p.lut().isEmpty() ? StockLuts.of(p.stock()) : resources.lut(p.lut());
        return new FilmStockKernel(lut, (float) p.strength());
    }
}
