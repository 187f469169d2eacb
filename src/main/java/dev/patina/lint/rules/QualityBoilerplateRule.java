package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;

/**
 * "8K", "masterpiece", "best quality", "trending on artstation": words that name a quality instead
 * of the conditions that produce it. Each occurrence is removed by its fix.
 */
public final class QualityBoilerplateRule implements LintRule {
    public static final String ID = "quality-boilerplate";

    private static final PhraseSet RESOLUTION = PhraseSet.of(
            "#k", "2 k", "4 k", "5 k", "6 k", "8 k", "16 k", "32 k", "#k uhd", "#k ultra hd", "#k resolution", "#k wallpaper", "#k hd", "uhd", "ultra hd", "full hd", "hd",
            "hq", "high res", "highres", "absurdres", "high resolution", "ultra high res", "ultra high resolution",
            "unity #k wallpaper", "ultra high definition", "high definition");
    private static final PhraseSet QUALITY = PhraseSet.of(
            "masterpiece", "best quality", "high quality", "highest quality", "top quality", "amazing quality",
            "great quality", "good quality", "ultra quality", "very aesthetic", "best aesthetic", "highly detailed",
            "ultra detailed", "extremely detailed", "super detailed", "hyper detailed", "hyperdetailed",
            "insanely detailed", "intricate details", "intricate detail", "intricately detailed", "extreme detail",
            "ultra detail", "extremely detailed cg", "score #n", "score #n up", "official art", "award winning",
            "award winning photo", "award winning photography", "award winning photograph", "professional photo",
            "professional photography", "professional photograph", "studio quality");
    private static final PhraseSet REALISM_CLAIMS = PhraseSet.of(
            "hyperrealistic", "hyper realistic", "hyperrealism", "ultra realistic", "ultrarealistic",
            "photorealistic", "photo realistic", "photorealism", "ultra photorealistic", "super realistic",
            "extremely realistic");
    private static final PhraseSet RENDER_TOKENS = PhraseSet.of(
            "trending on artstation", "artstation", "trending on cgsociety", "cgsociety", "octane render", "octane",
            "octane rendered", "unreal engine", "unreal engine #n", "unreal engine #n render", "unreal engine #n rendered",
            "unreal engine render", "unreal engine rendered", "ue5", "ue4", "vray", "v ray", "redshift render", "cryengine");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        report(ctx, p, RESOLUTION, "Resolution words like %s signal rendered sharpness, not quality: real high-resolution "
                + "photos carry grain, diffraction and soft lens edges, while \"8K ultra HD\" gives uniformly sharp edges "
                + "no real lens produces. Describe shooting conditions instead: directional light, a lens with an aperture.");
        report(ctx, p, QUALITY, "Generic quality words like %s describe the result, not the scene: they pull toward the "
                + "over-polished look the model was rewarded for. Camera, lens and film-stock cues activate realism more "
                + "reliably than \"best quality\".");
        report(ctx, p, REALISM_CLAIMS, "%s claims realism instead of producing it: real photographs carry imperfect light, "
                + "optical character and grain. Name those (light direction, lens, film stock) and drop the claim.");
        report(ctx, p, RENDER_TOKENS, "%s is a borrowed render/portfolio token: it pulls toward the polished CG look of "
                + "concept art and 3D renders, the opposite of a captured photograph.");
    }

    private void report(LintContext ctx, ParsedPrompt p, PhraseSet set, String message) {
        for (PhraseSet.Match m : set.find(p)) {
            // Pony's "source_photorealism" picks a training domain; it is not a quality claim
            if (m.firstWord() > 0 && p.word(m.firstWord() - 1).equals("source")) continue;
            ctx.reportPrompt(ID, Severity.WARNING, m.start(), m.end(),
                    String.format(message, Excerpts.quote(p, m.start(), m.end())),
                    Excerpts.removalOrNull(p, m.firstWord(), m.endWord()));
        }
    }
}
