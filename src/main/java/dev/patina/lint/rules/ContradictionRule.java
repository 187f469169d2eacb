package dev.patina.lint.rules;

import dev.patina.lint.Cues;
import dev.patina.lint.LintContext;
import dev.patina.lint.LintRule;
import dev.patina.lint.ParsedPrompt;
import dev.patina.lint.PhraseSet;
import dev.patina.lint.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Descriptors that fight: the model tries to satisfy both and succeeds at neither. Reported on
 * the later of the two, naming the earlier.
 */
public final class ContradictionRule implements LintRule {
    public static final String ID = "contradiction";

    private static final PhraseSet SHALLOW = PhraseSet.of(
            "shallow depth of field", "shallow dof", "bokeh", "blurred background", "blurry background",
            "background blur", "out of focus background", "wide aperture", "selective focus", "thin focus",
            "soft background", "creamy bokeh");
    private static final PhraseSet GRAIN = PhraseSet.of("film grain", "grain", "grainy", "noise", "noisy", "heavy grain");
    private static final PhraseSet CLEAN = PhraseSet.of(
            "noise free", "noiseless", "no noise", "no grain", "grain free", "clean image", "denoised", "without noise",
            "without grain", "zero noise", "grainless", "noise reduction");
    private static final PhraseSet PHOTO_MEDIUM = PhraseSet.of(
            "photo", "photograph", "photography", "dslr", "raw photo", "shot on", "photographed");
    private static final PhraseSet ART_MEDIUM = PhraseSet.of(
            "anime", "cartoon", "pixel art", "oil painting", "watercolor", "watercolour", "3d render", "illustration",
            "vector art", "cel shading", "cel shaded", "manga", "pencil drawing", "digital painting", "digital art",
            "comic", "lineart", "line art");

    /** Film stock names: base name → colour (true) or black-and-white (false). */
    private static final Map<String, Boolean> STOCKS = new LinkedHashMap<>();
    static {
        for (String colour : List.of("portra", "ektar", "ektachrome", "kodachrome", "kodak gold", "gold 200",
                "ultramax", "colorplus", "superia", "velvia", "provia", "pro 400h", "fujicolor", "cinestill",
                "vision3", "agfa vista", "lomography color", "lomography 800", "natura 1600")) {
            STOCKS.put(colour, true);
        }
        for (String mono : List.of("tri x", "trix", "tmax", "t max", "hp5", "fp4", "delta 3200", "delta 400",
                "delta 100", "pan f", "acros", "kentmere", "double x", "ilford")) {
            STOCKS.put(mono, false);
        }
    }
    private static final PhraseSet STOCK_NAMES = PhraseSet.of(new ArrayList<>(STOCKS.keySet()));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(LintContext ctx) {
        ParsedPrompt p = ctx.prompt();
        List<PhraseSet.Match> shallow = new ArrayList<>(SHALLOW.find(p));
        List<PhraseSet.Match> sharp = new ArrayList<>(OverSharpeningRule.ALL_SHARP.find(p));
        for (PhraseSet.Match m : APERTURE.find(p)) {
            double f = fNumber(p.word(m.firstWord()));
            if (f > 0 && f <= 2.8) shallow.add(m);
            if (f >= 11) sharp.add(m);
        }
        pair(ctx, p, shallow, sharp, Severity.ERROR, "%s and %s: a camera focuses at one distance; shallow depth of "
                + "field and everything in focus cannot both hold. Pick the lens look you want.");

        List<PhraseSet.Match> clean = CLEAN.find(p);
        List<PhraseSet.Match> grain = withoutOverlaps(GRAIN.find(p), clean);
        pair(ctx, p, grain, clean, Severity.ERROR, "%s and %s: grain is the noise of real capture; asking for it and for "
                + "a noise-free image at once leaves the model to pick one at random.");

        List<PhraseSet.Match> stocks = STOCK_NAMES.find(p);
        PhraseSet.Match firstStock = stocks.isEmpty() ? null : stocks.get(0);
        for (PhraseSet.Match m : stocks) {
            if (firstStock != null && !m.phrase().equals(firstStock.phrase()) && !sameBrandFamily(firstStock, m)) {
                report(ctx, p, firstStock, m, Severity.ERROR, "%s and %s are two film stocks with different grain and "
                        + "colour: the model blends them into neither. Pick one.");
                break;
            }
        }
        List<PhraseSet.Match> mono = Cues.BLACK_AND_WHITE.find(p);
        List<PhraseSet.Match> colourStocks = stocks.stream().filter(m -> STOCKS.get(m.phrase())).toList();
        pair(ctx, p, mono, colourStocks, Severity.ERROR, "%s and %s: a colour film stock in a black-and-white picture. "
                + "Use a black-and-white stock such as Kodak Tri-X 400 or Ilford HP5.");

        pair(ctx, p, PHOTO_MEDIUM.find(p), ART_MEDIUM.find(p), Severity.WARNING, "%s and %s name two media: a "
                + "photograph and a drawn or rendered image. The model averages them into the rendered look.");
    }

    private static final PhraseSet APERTURE = PhraseSet.of("#f");

    private static double fNumber(String word) {
        String digits = word.substring(word.charAt(1) == '/' ? 2 : 1);
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "Ilford" + "Ilford HP5" or "Kodak Gold" + "Gold 200" are one stock named twice. */
    private static boolean sameBrandFamily(PhraseSet.Match a, PhraseSet.Match b) {
        return a.phrase().contains(b.phrase()) || b.phrase().contains(a.phrase())
                || (a.phrase().equals("ilford") || b.phrase().equals("ilford")) && !STOCKS.get(a.phrase()) && !STOCKS.get(b.phrase());
    }

    private static List<PhraseSet.Match> withoutOverlaps(List<PhraseSet.Match> list, List<PhraseSet.Match> others) {
        return list.stream().filter(m -> others.stream().noneMatch(o -> o.start() < m.end() && m.start() < o.end())).toList();
    }

    private static void pair(LintContext ctx, ParsedPrompt p, List<PhraseSet.Match> a, List<PhraseSet.Match> b,
                             Severity severity, String message) {
        if (a.isEmpty() || b.isEmpty()) return;
        PhraseSet.Match x = a.get(0), y = b.get(0);
        if (x.start() < y.end() && y.start() < x.end()) return;
        if (x.start() < y.start()) report(ctx, p, x, y, severity, message);
        else report(ctx, p, y, x, severity, message);
    }

    private static void report(LintContext ctx, ParsedPrompt p, PhraseSet.Match earlier, PhraseSet.Match later,
                               Severity severity, String message) {
        ctx.reportPrompt(ID, severity, later.start(), later.end(), String.format(message,
                Excerpts.quote(p, earlier.start(), earlier.end()), Excerpts.quote(p, later.start(), later.end())), null);
    }
}
