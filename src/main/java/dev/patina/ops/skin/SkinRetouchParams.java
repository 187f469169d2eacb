package dev.patina.ops.skin;

import dev.patina.doc.ParamRole;
import dev.patina.doc.params.Num;

/** The skin-retouch layer's params. */
public record SkinRetouchParams(
    @Num(label = "Amount", min = 0, max = 1, def = 1,
        help = "Overall strength of the retouch; 0 leaves the image unchanged") double amount,
    @Num(label = "Evenness", min = 0, max = 1, def = 0.5,
        help = "Pulls blotches and redness towards the surrounding skin tone; pores are kept") double evenness,
    @Num(label = "Blemishes", min = 0, max = 1, def = 0.5,
        help = "Removes isolated dark or red spots") double blemish,
    @Num(label = "Texture", min = 0, max = 1, def = 0.3,
        help = "Adds pore-scale texture to smooth, plastic-looking skin") double texture,
    @Num(label = "Size", min = 0.2, max = 2, def = 1, unit = "×", role = ParamRole.FACE_SCALE,
        help = "Scale of blotches, spots and pores (1 suits a head-and-shoulders portrait; set from the faces found when the layer is added)") double size,
    @Num(label = "Skin tolerance", min = 0, max = 1, def = 0.5,
        help = "How far from typical skin colours the automatic mask reaches") double skinTolerance) {}
