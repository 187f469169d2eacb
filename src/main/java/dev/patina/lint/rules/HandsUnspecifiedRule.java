package dev.patina.lint.rules;

import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;
import java.util.HashSet;
import java.util.Set;

/**
 * Hands shown or holding something with no stated position: the oldest AI failure (extra, fused,
 * bent fingers, hands merging with objects). Checked per descriptor, since a position stated
 * elsewhere in the prompt may describe someone else.
 */
public final class HandsUnspecifiedRule implements LintRule {
    public static final String ID = "hands-unspecified";

    private static final PhraseSet HANDS = PhraseSet.of(
            "hand", "hands", "holding", "holds", "hold", "gripping", "grips", "grasping", "clutching", "fingers",
            "finger", "waving", "pointing", "clapping", "fist", "fists", "thumbs up", "peace sign", "v sign",
            "handshake", "shaking hands");
    /** Compounds where "hand" is not a visible hand. */
    private static final PhraseSet NOT_HANDS = PhraseSet.of(
            "hand drawn", "hand painted", "hand made", "hand crafted", "hand written", "hand lettered", "hand held",
            "second hand", "first hand", "other hand", "hand tinted", "hand colored", "hand coloured", "hand carved",
            "hand stitched", "hand knitted", "hand crank", "hand grenade", "hand grenades", "hand cream", "hand towel",
            "hand bag", "hand sanitizer", "hand gun", "hand guns");
    private static final PhraseSet POSITION = PhraseSet.of(
            "left hand", "right hand", "both hands", "one hand", "two hands", "hands on", "hand on", "hands in",
            "hand in", "hands behind", "hand behind", "hands at", "hand at", "in her lap", "in his lap", "in lap",
            "at her side", "at his side", "at her sides", "at his sides", "at sides", "at chest height",
            "to her chest", "to his chest", "clasped", "crossed", "folded", "interlaced", "interlocked", "resting on",
            "rests on", "resting", "wrapped around", "curled", "relaxed", "in pockets", "in pocket", "in her pockets",
            "in his pockets", "on hip", "on hips", "on own", "raised", "above head", "above her head", "above his head",
            "over head", "against", "close to", "up to", "near her face", "near his face", "under chin", "on chin",
            "on cheek", "on cheeks", "thumb", "index finger", "fingers spread", "outstretched", "extended",
            "by the handle", "closed fist", "clenched", "raised fist", "fist raised", "palm up", "palms up", "palm down", "at waist height", "at her waist", "at his waist",
            "over her", "over his", "on her", "on his", "in his hand", "in her hand", "in hand", "in his hands",
            "in her hands", "in their hands", "in their hand", "in one hand", "in both hands", "behind her back", "behind his back", "cupped", "cupping");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        Set<Integer> excluded = new HashSet<>();
        for (PhraseSet.Match m : NOT_HANDS.find(p)) {
            for (int w = m.firstWord(); w < m.endWord(); w++) excluded.add(w);
        }
        Set<Integer> positioned = new HashSet<>();
        for (PhraseSet.Match m : POSITION.find(p)) positioned.add(p.wordDescriptor(m.firstWord()));
        for (PhraseSet.Match m : HANDS.find(p)) {
            int descriptor = p.wordDescriptor(m.firstWord());
            if (excluded.contains(m.firstWord()) || positioned.contains(descriptor)) continue;
            ctx.reportPrompt(ID, Severity.HINT, m.start(), m.end(), Excerpts.quote(p, m.start(), m.end())
                    + " shows hands without saying how they are placed. Hands are where models fail most (extra, fused or "
                    + "bent fingers, hands merging with held objects): state their position and configuration, e.g. "
                    + "\"right hand wrapped around the cup, left hand resting on the table\". If the hands in this picture came "
                    + "out wrong, paint over them with Heal (H) to fill them from around them.", null, "inpaint");
            return; // once per prompt: the advice is the same for every mention
        }
    }
}
