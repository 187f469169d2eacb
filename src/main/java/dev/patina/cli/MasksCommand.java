package dev.patina.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.patina.image.FloatImage;
import dev.patina.io.ImageDecoder;
import dev.patina.scene.EyePoint;
import dev.patina.scene.Face;
import dev.patina.scene.FaceDetector;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code masks IMAGE --faces [--json]}: the scene masks Patina finds by itself. Today that is the
 * faces and eyes; each kind of output is one method below, chosen in {@link #call()}, so a mask
 * kind written to a file ({@code --kind subject -o out.png}) is one more option and one more branch.
 * Coordinates are full-size pixels of the upright image (after its EXIF orientation). Exit 0 also
 * when no face is found; 2 with one line on stderr for bad usage or an unreadable image.
 */
@Command(name = "masks", mixinStandardHelpOptions = true,
        description = "Find scene masks in an image: faces and eyes (--faces).")
public final class MasksCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMAGE", description = "JPEG, PNG, TIFF, WebP or BMP. Never written.")
    Path image;

    @Option(names = "--faces", description = "List the faces: box [x, y, w, h], eyes [[x, y], [x, y]] (left one first) and score 0-1.")
    boolean faces;

    @Option(names = "--json", description = "Print JSON: {\"faces\": [{\"box\", \"eyes\", \"score\"}]}.")
    boolean json;

    @Option(names = "--max-pixels", defaultValue = "250000000", description = "Refuse images with more pixels (default ${DEFAULT-VALUE}).")
    long maxPixels;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!faces) throw new BadInputException("masks: say which mask to find: --faces");
        if (maxPixels < 1) throw new BadInputException("--max-pixels must be positive");
        if (Files.isDirectory(image)) throw new BadInputException(image + ": is a folder, not an image file");
        if (!Files.isRegularFile(image)) throw new BadInputException(image + ": no such file");
        FloatImage pixels = new ImageDecoder().decode(image, maxPixels).image();
        printFaces(new FaceDetector().detect(pixels));
        return PatinaCli.OK;
    }

    private void printFaces(List<Face> found) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(facesJson(found));
        } else if (found.isEmpty()) {
            out.println(image + ": no face found");
        } else {
            for (int i = 0; i < found.size(); i++) {
                Face f = found.get(i);
                out.printf(java.util.Locale.ROOT, "face %d: box %d,%d %dx%d  eyes (%.1f, %.1f) (%.1f, %.1f)  score %.3f%s%n", i + 1,
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
