package dev.patina.cli;

import dev.patina.image.FloatImage;
import dev.patina.io.AtomicFiles;
import dev.patina.io.GreyPng;
import dev.patina.io.ImageDecoder;
import dev.patina.scene.SceneMatte;
import dev.patina.scene.SubjectHints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code masks IMAGE --kind subject|background|sky -o OUT.png [--hint x0,y0,x1,y1]}: writes a scene
 * mask as a 16-bit grey PNG of the image's size. Bad input is one line on stderr and exit 2; the
 * output is written atomically and never over the input.
 */
@Command(name = "masks", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write a scene mask (subject, background, sky) of IMAGE as a 16-bit grey PNG.")
public final class MasksCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "Image to analyse (JPEG, PNG, TIFF, WebP, BMP). Never written.")
    Path input;

    @Option(names = "--kind", paramLabel = "KIND", description = "subject, background or sky.")
    String kind;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.png", description = "Output PNG (16-bit grey, the image's size).")
    Path output;

    @Option(names = "--hint", paramLabel = "x0,y0,x1,y1", description = "Box around the subject, fractions 0..1 of width and height.")
    String hint;

    @Option(names = "--max-pixels", defaultValue = "250000000", description = "Refuse images with more pixels (default ${DEFAULT-VALUE}).")
    long maxPixels;

    @Override public Integer call() throws Exception {
        if (kind == null) throw new BadInputException("masks: give --kind subject, background or sky (see masks --help)");
        String k = kind.toLowerCase(Locale.ROOT);
        if (!k.equals("subject") && !k.equals("background") && !k.equals("sky"))
            throw new BadInputException("masks: --kind must be subject, background or sky, not '" + kind + "'");
        if (output == null) throw new BadInputException("masks: give the output file with -o OUT.png");
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
            throw new BadInputException(output + ": the mask is written as PNG; name it .png");
        SubjectHints hints = SubjectHints.none();
        if (hint != null) {
            if (k.equals("sky")) throw new BadInputException("masks: --hint goes with --kind subject or background");
            double[] b = parseBox(hint);
            hints = hints.withBox(b[0], b[1], b[2], b[3]);
        }
        if (!Files.isRegularFile(input)) throw new BadInputException(input + ": no such file");
        if (AtomicFiles.sameFile(input, output)) throw new BadInputException(output + ": is the input; refusing to overwrite the original");
        if (maxPixels < 1) throw new BadInputException("--max-pixels must be positive");
        FloatImage img = new ImageDecoder().decode(input, maxPixels).image();
        SceneMatte scene = SceneMatte.of(img);
        float[] mask = switch (k) {
            case "subject" -> scene.subject(hints);
            case "background" -> scene.background(hints);
            default -> scene.sky();
        };
        int w = img.width(), h = img.height();
        img = null;
        AtomicFiles.write(output, out -> GreyPng.write16(mask, w, h, out));
        if (isEmpty(mask)) {
            // Not an error (a landscape has no subject, a portrait indoors no sky), but say so.
            String why = hints.boxIsOutside(w, h) ? "the hint box lies outside the image" : "no " + (k.equals("sky") ? "sky" : "subject") + " found";
            if (!k.equals("background")) spec.commandLine().getErr().println("masks: " + why + "; " + output + " is an empty mask");
        }
        return 0;
    }

    private static boolean isEmpty(float[] m) {
        for (float v : m) if (v > 0) return false;
        return true;
    }

    /** "x0,y0,x1,y1" as four numbers, each in 0..1 (a box partly outside is clipped by the matte). */
    static double[] parseBox(String s) {
        String[] parts = s.split(",");
        if (parts.length != 4) throw new BadInputException("--hint needs four numbers x0,y0,x1,y1, got '" + s + "'");
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadInputException("--hint: '" + parts[i].trim() + "' is not a number");
            }
            if (!Double.isFinite(v[i])) throw new BadInputException("--hint: '" + parts[i].trim() + "' is not a finite number");
        }
        if (v[0] == v[2] || v[1] == v[3]) throw new BadInputException("--hint: the box " + s + " has no area");
        return v;
    }
}
