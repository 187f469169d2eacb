package dev.patina.lint;

/**
 * Vocabulary that more than one rule needs: what marks a photograph, an illustration, a stated
 * light direction, a lens, a film medium. Rule-specific phrase lists live in the rules.
 */
public final class Cues {
    private Cues() {}

    /** Words that say the picture is meant to be a photograph. */
    public static final PhraseSet PHOTO = PhraseSet.of(
            "photo", "photos", "photograph", "photographs", "photography", "photographic", "photoshoot", "photo shoot",
            "photorealistic", "photorealism", "photo realistic", "photoreal", "realistic", "hyperrealistic",
            "hyper realistic", "ultra realistic", "raw photo", "dslr", "slr", "mirrorless", "shot on", "shot with",
            "taken with", "camera", "#mm", "#n mm", "#f", "canon eos", "nikon", "sony a7", "leica", "hasselblad",
            "portra", "ektar", "polaroid", "film still", "movie still", "selfie",
            "headshot", "candid", "snapshot", "photojournalism", "street photography", "35mm film", "cinestill",
            "source photorealism", "iso #n");

    /** Words that say the picture is a drawing, painting, render or other non-photographic medium. */
    public static final PhraseSet ART = PhraseSet.of(
            "illustration", "illustrated", "anime", "manga", "cartoon", "comic", "comics", "painting", "painted",
            "oil painting", "watercolor", "watercolour", "acrylic", "gouache", "drawing", "drawn", "sketch",
            "pencil", "charcoal", "lineart", "line art", "digital art", "digital painting", "digital artwork",
            "artwork", "concept art", "3d", "3d render", "render", "rendered", "rendering", "blender", "cgi", "c4d", "cinema4d", "pixel art", "vector", "vector art",
            "cel shading", "cel shaded", "chibi", "isometric", "low poly", "voxel", "game art", "fantasy art", "pixar",
            "disney", "studio ghibli", "ghibli", "clip art", "clipart", "sticker", "logo", "icon", "emoji", "poster",
            "tarot", "stained glass", "woodcut", "linocut", "engraving", "ukiyo e", "source anime", "source cartoon",
            "source furry", "waifu", "game cg", "ink drawing", "mural", "graffiti", "animation", "animated",
            "character design", "lowpoly", "sculpture", "figurine", "claymation", "papercraft", "origami",
            "art style", "artstyle", "by studio ghibli", "flat design", "infographic", "diagram", "chalk", "pastel",
            "pastels", "crayon", "marker", "ink", "collage", "mixed media", "street art", "fanart", "fan art",
            "matte painting", "etching", "glitch art", "pop art", "album art", "book cover", "storybook", "nendoroid",
            "art by", "art nouveau", "splash art", "key art", "artgerm", "wlop", "greg rutkowski", "alphonse mucha",
            "ross tran", "ilya kuvshinov", "sakimichan", "loish", "james jean", "makoto shinkai", "moebius");

    /** A stated light direction or a light source with a position. */
    public static final PhraseSet LIGHT_DIRECTION = PhraseSet.of(
            "from the left", "from the right", "from left", "from right", "from above", "from below", "from behind",
            "from the side", "from one side", "from the window", "from a window", "side light", "side lighting",
            "sidelight", "sidelighting", "sidelit", "side lit", "backlit", "backlight", "backlighting", "back light",
            "back lit", "rim light", "rim lighting", "rimlight", "rim lit", "window light", "window lighting",
            "through the window", "through a window", "through the windows", "through the blinds", "through blinds",
            "golden hour", "blue hour", "dawn", "dusk", "at dawn", "at dusk", "low sun", "setting sun", "rising sun", "sunset", "sunrise", "midday sun",
            "harsh sun", "overhead light", "overhead lighting", "top light", "toplight", "rembrandt lighting",
            "split lighting", "butterfly lighting", "loop lighting", "chiaroscuro", "silhouette", "silhouetted",
            "key light", "hard light", "dappled light", "dappled sunlight", "sunbeam", "sunbeams", "light rays",
            "god rays", "crepuscular rays", "shaft of light", "shafts of light", "lamplight", "lamp light",
            "candlelight", "candle light", "candlelit", "firelight", "street light", "streetlight", "streetlights",
            "street lights", "headlights", "spotlight", "spotlit", "light coming from", "light falling", "light from",
            "lit from", "cast shadow", "cast shadows", "shadow", "shadows", "long shadows", "directional light",
            "directional lighting", "low key", "light source", "neon light", "neon lights", "neon glow",
            "under lighting", "underlighting", "uplighting", "kicker light", "hair light");

    /** Camera, lens, focal length or aperture. */
    public static final PhraseSet LENS = PhraseSet.of(
            "#mm", "#n mm", "#f", "lens", "lenses", "camera", "dslr", "slr", "mirrorless", "shot on", "shot with",
            "taken with", "canon", "nikon", "sony", "leica", "hasselblad", "fujifilm", "fuji", "pentax", "olympus",
            "lumix", "ricoh", "mamiya", "iphone", "smartphone", "phone camera", "gopro", "polaroid", "instax",
            "aperture", "bokeh", "depth of field", "dof", "telephoto", "wide angle", "fisheye", "fish eye", "macro",
            "tilt shift", "anamorphic", "focal length", "helios", "zeiss", "sigma", "tamron", "summilux", "noctilux",
            "medium format", "large format", "rangefinder", "disposable camera", "cctv", "webcam",
            "security camera", "drone", "aerial photo", "aerial photograph", "long exposure", "shutter speed",
            "close up", "closeup", "macro photo", "wide shot", "ultra wide", "zoom lens", "prime lens");

    /** Film stock, grain or another photographic medium with its own texture. */
    public static final PhraseSet FILM = PhraseSet.of(
            "film", "films", "grain", "grainy", "noise", "noisy", "kodak", "portra", "ektar", "ektachrome",
            "kodachrome", "tri x", "trix", "tmax", "t max", "ilford", "hp5", "fujifilm", "fuji", "superia",
            "velvia", "provia", "fujicolor", "cinestill", "agfa", "lomography", "lomo", "polaroid", "instax",
            "analog", "analogue", "35mm", "medium format", "large format", "iso #n", "#n iso", "daguerreotype",
            "daguerrotype", "tintype", "cyanotype", "wet plate", "filmic", "halation", "light leak", "light leaks",
            "disposable camera", "vhs", "cctv", "webcam", "phone photo", "iphone", "smartphone", "kodak gold",
            "ultramax", "vision3", "expired film", "cross processed");

    /** Black-and-white wording. */
    public static final PhraseSet BLACK_AND_WHITE = PhraseSet.of(
            "black and white", "b w", "monochrome", "grayscale", "greyscale", "bw photo", "bw photograph");
}
