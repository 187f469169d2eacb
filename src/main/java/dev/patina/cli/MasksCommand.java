package dev.patina.cli;

import dev.patina.io.InputFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patina.doc.HintBox;
import dev.patina.doc.Mask;
import dev.patina.doc.ParamException;
import dev.patina.doc.SceneKind;
import dev.patina.image.FloatImage;
import dev.patina.io.AtomicFiles;
import dev.patina.io.GreyPng;
import dev.patina.io.ImageDecoder;
import dev.patina.scene.EyePoint;
import dev.patina.scene.Face;
import dev.patina.scene.FaceDetector;
import dev.patina.scene.SceneMasks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * The scene masks Patina finds by itself, for use elsewhere: {@code masks IMAGE --kind KIND -o
 * OUT.png [--hint x0,y0,x1,y1] [--expand PX] [--feather PX]} writes one as a 16-bit grey PNG of
 * the image's size, found exactly as a layer's scene mask is (the same finder, at full size);
 * {@code masks IMAGE --faces [--json]} lists the faces and eyes. Coordinates are full-size pixels
 * of the upright image. Bad input is one line on stderr and exit 2; the output is written
 * atomically and never over the input.
 */
@Command(name = "masks", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Find scene masks in an image: write one as a 16-bit grey PNG (--kind), or list the faces and eyes (--faces).")
public final class MasksCommand implements Callable<Integer> {
    private static final String KINDS = Arrays.stream(SceneKind.values()).map(SceneKind::id).collect(Collectors.joining(", "));

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "JPEG, PNG, TIFF, WebP or BMP. Never written.")
    Path input;

    @Option(names = "--kind", paramLabel = "KIND", description = "subject, background, sky, skin, face or eyes.")
    String kind;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.png", description = "Output PNG (16-bit grey, the image's size).")
    Path output;

    @Option(names = "--hint", paramLabel = "x0,y0,x1,y1", description = "Box around the subject, fractions 0..1 of width and height.")
    String hint;

    @Option(names = "--expand", paramLabel = "PX", defaultValue = "0", description = "Grow the mask by PX pixels (negative shrinks it).")
    double expand;

    @Option(names = "--feather", paramLabel = "PX", defaultValue = "0", description = "Soften the mask's edge over PX pixels.")
    double feather;

    @Option(names = "--faces", description = "List the faces: box [x, y, w, h], eyes [[x, y], [x, y]] (left one first) and score 0-1.")
    boolean faces;

    @Option(names = "--json", description = "With --faces, print JSON: {\"faces\": [{\"box\", \"eyes\", \"score\"}]}.")
    boolean json;

    @Option(names = "--max-pixels", defaultValue = "250000000", description = "Refuse images with more pixels (default ${DEFAULT-VALUE}).")
    long maxPixels;

    @Override public Integer call() throws Exception {
        if (faces == (kind != null)) throw new BadInputException("masks: give either --kind " + KINDS + " with -o OUT.png, or --faces");
        if (maxPixels < 1) throw new BadInputException("--max-pixels must be positive");
        if (faces) {
            FloatImage img = read();
            printFaces(new FaceDetector().detect(img));
            return PatinaCli.OK;
        }
        Mask.Scene mask = sceneMask();
        if (output == null) throw new BadInputException("masks: give the output file with -o OUT.png");
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new BadInputException(output + ": the mask is written as PNG; name it .png");
        }
        if (Files.isRegularFile(input) && AtomicFiles.sameFile(input, output)) {
            throw new BadInputException(output + ": is the input; refusing to overwrite the original");
        }
        FloatImage img = read();
        int w = img.width(), h = img.height();
        float[] coverage = SceneMasks.coverage(mask, img, 1);
        img = null;
        AtomicFiles.write(output, out -> GreyPng.write16(coverage, w, h, out));
        if (isEmpty(coverage) && mask.kind() != SceneKind.BACKGROUND) {
            // Not an error (a landscape has no subject, a portrait indoors no sky), but say so.
            spec.commandLine().getErr().println("masks: no " + mask.kind().id() + " found; " + output + " is an empty mask");
        }
        return PatinaCli.OK;
    }

    private FloatImage read() throws java.io.IOException {
        if (Files.isDirectory(input)) throw new BadInputException(input + ": is a folder, not an image file");
        if (InputFiles.problem(input) != null) throw new BadInputException(input + ": " + InputFiles.problem(input));
        return new ImageDecoder().decode(input, maxPixels).image();
    }

    /** The options as the scene mask a layer would carry. */
    private Mask.Scene sceneMask() {
        SceneKind k = SceneKind.byId(kind.toLowerCase(Locale.ROOT));
        if (k == null) throw new BadInputException("masks: --kind must be one of " + KINDS + ", not '" + kind + "'");
        HintBox box = null;
        if (hint != null) {
            if (k != SceneKind.SUBJECT && k != SceneKind.BACKGROUND && k != SceneKind.SKIN) {
                throw new BadInputException("masks: --hint goes with --kind subject, background or skin");
            }
            double[] b = parseBox(hint);
            try {
                box = new HintBox(b[0], b[1], b[2], b[3]);
            } catch (ParamException e) {
                throw new BadInputException("--" + e.getMessage());
            }
        }
        try {
            return new Mask.Scene(k, false, expand, feather, box, null, null);
        } catch (ParamException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    private static boolean isEmpty(float[] m) {
        for (float v : m) if (v > 0) return false;
        return true;
    }

    /** "x0,y0,x1,y1" as four finite numbers. */
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
        return v;
    }

    private void printFaces(List<Face> found) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(facesJson(found));
        } else if (found.isEmpty()) {
            out.println(input + ": no face found");
        } else {
            for (int i = 0; i < found.size(); i++) {
                Face f = found.get(i);
                out.printf(Locale.ROOT, "face %d: box %d,%d %dx%d  eyes (%.1f, %.1f) (%.1f, %.1f)  score %.3f%s%n", i + 1,
                    f.box().x(), f.box().y(), f.box().width(), f.box().height(), f.leftEye().x(), f.leftEye().y(),
                    f.rightEye().x(), f.rightEye().y(), f.score(), f.profile() ? "  (profile: one eye estimated)" : "");
            }
        }
        out.flush();
    }

    /** {@code {"faces": [{"box": [x, y, w, h], "eyes": [[x, y], [x, y]], "score": s}]}}, eyes to 0.1 px. */
    static String facesJson(List<Face> found) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Face f : found) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("box", List.of(f.box().x(), f.box().y(), f.box().width(), f.box().height()));
            m.put("eyes", List.of(point(f.leftEye()), point(f.rightEye())));
            m.put("score", f.score());
            list.add(m);
        }
        try {
            return MAPPER.writeValueAsString(Map.of("faces", list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static List<Double> point(EyePoint p) {
        return List.of(Math.round(p.x() * 10) / 10.0, Math.round(p.y() * 10) / 10.0);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
}
