package dev.patina.ops.filmstock;

import dev.patina.doc.params.Choice;
import dev.patina.doc.params.FilePath;
import dev.patina.doc.params.Num;

/** The film-stock layer's params. */
public record FilmStockParams(
    @Choice(label = "Stock", def = "portra-400",
        help = "Built-in film look: Portra 400 (warm, soft), Superia 400 (cooler, greener), Ektar 100 (saturated),"
            + " Tri-X 400 (black and white, contrasty), faded 35mm (lifted blacks, faded highlights)") Stock stock,
    @Num(label = "Strength", min = 0, max = 1, def = 1, mix = true,
        help = "How much of the look to apply; 0 leaves the image unchanged") double strength,
    @FilePath(label = "LUT file", ext = {".cube", ".png", ".tif", ".tiff"},
        help = "Optional 3D LUT (.cube or HaldCLUT image) over sRGB values; replaces the built-in stock when set") String lut) {}
