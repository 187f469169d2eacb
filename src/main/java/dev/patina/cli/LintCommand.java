package dev.patina.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.patina.io.meta.ExtractionResult;
import dev.patina.io.meta.GenerationInfo;
import dev.patina.io.meta.PromptExtractor;
import dev.patina.lint.Field;
import dev.patina.lint.Finding;
import dev.patina.lint.LintConfig;
import dev.patina.lint.LintReport;
import dev.patina.lint.PromptLinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lint (IMAGE | --text PROMPT [--negative TEXT]) [--json]}: reads the generation prompt from
 * an image (or takes it as text) and lists what in it produces the AI look. Exit 0 whether or not
 * there are findings; 2 with one line on stderr for bad usage or a file that cannot be read.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Say what in an image's generation prompt produces the AI look.")
public final class LintCommand implements Callable<Integer> {
    static final int OK = 0, BAD_INPUT = 2;

    @Parameters(arity = "0..1", paramLabel = "IMAGE", description = "PNG, JPEG or WebP with generation metadata.")
    Path image;

    @Option(names = "--text", paramLabel = "PROMPT", description = "Lint this prompt instead of reading an image.")
    String text;

    @Option(names = "--negative", paramLabel = "TEXT", description = "Negative prompt to go with --text.")
    String negative;

    @Option(names = "--model", paramLabel = "NAME",
            description = "Model name for --text (decides token window and negative-prompt advice).")
    String model;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    /**
     * Picocli's default answer to a bad option is the message plus the whole usage text; the
     * command-line contract is one line on stderr and exit 2. Whoever builds the CommandLine
     * (Main, tests) can install this handler.
     */
    public static final CommandLine.IParameterExceptionHandler ONE_LINE_USAGE_ERRORS = (ex, args) -> {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println(ex.getCommandLine().getCommandName() + ": " + oneLine(ex.getMessage()) + " (see --help)");
        err.flush();
        return BAD_INPUT;
    };

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((image == null) == (text == null)) {
            return fail(err, "lint: give either an IMAGE or --text PROMPT (see lint --help)");
        }
        if (image != null && (negative != null || model != null)) {
            return fail(err, "lint: --negative and --model go with --text; an image brings its own");
        }
        Source source;
        if (image != null) {
            ExtractionResult result;
            try {
                if (Files.isDirectory(image)) return fail(err, image + ": is a folder, not an image file");
                result = PromptExtractor.extract(image);
            } catch (NoSuchFileException e) {
                return fail(err, image + ": no such file");
            } catch (IOException e) {
                return fail(err, image + ": cannot read (" + e.getMessage() + ")");
            }
            if (!result.isImage()) return fail(err, oneLine(result.summary()));
            if (result.info().isEmpty()) {
                printNoPrompt(out, result);
                return OK;
            }
            source = Source.of(image.toString(), result.info().get(), result.problems());
        } else {
            Map<String, String> settings = new LinkedHashMap<>();
            if (model != null) settings.put("model", model);
            source = new Source("text", null, text, negative == null ? "" : negative, settings, List.of(), List.of());
        }
        LintReport report = PromptLinter.lint(source.prompt, source.negative,
                LintConfig.defaults().withModel(source.settings.get("model")));
        if (json) out.println(toJson(source, report));
        else new LintTextReport(out).print(source.label(), source.generator, source.prompt, source.negative,
                source.settings, source.problems, report);
        out.flush();
        return OK;
    }

    private static int fail(PrintWriter err, String line) {
        err.println(oneLine(line));
        err.flush();
        return BAD_INPUT;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n]+", " ");
    }

    private void printNoPrompt(PrintWriter out, ExtractionResult result) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", image.toString());
            m.put("prompt", null);
            m.put("negative", null);
            m.put("settings", Map.of());
            m.put("findings", List.of());
            m.put("score", null);
            m.put("message", result.summary());
            m.put("problems", result.problems());
            out.println(write(m));
        } else {
            out.println(result.summary());
        }
        out.flush();
    }

    /** What is being linted: the text and where it came from. */
    record Source(String path, String generator, String prompt, String negative, Map<String, String> settings,
                  List<String> otherPrompts, List<String> problems) {
        static Source of(String path, GenerationInfo g, List<String> problems) {
            return new Source(path, g.generator() + " (" + g.carrier() + ")", g.prompt(), g.negative(), g.settings(),
                    g.otherPrompts(), problems);
        }

        String label() {
            return path;
        }
    }

    private static String toJson(Source s, LintReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", s.path);
        m.put("generator", s.generator);
        m.put("prompt", s.prompt);
        m.put("negative", s.negative);
        m.put("settings", s.settings);
        if (!s.otherPrompts.isEmpty()) m.put("otherPrompts", s.otherPrompts);
        List<Map<String, Object>> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("rule", f.rule());
            fm.put("severity", f.severity().id());
            fm.put("start", f.start());
            fm.put("end", f.end());
            fm.put("field", f.field().id());
            fm.put("text", f.excerpt(f.field() == Field.PROMPT ? s.prompt : s.negative));
            fm.put("message", f.message());
            fm.put("replacement", f.replacement());
            fm.put("layer", f.layer());
            fm.put("layers", f.layers());
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("score", report.score());
        if (!s.problems.isEmpty()) m.put("problems", s.problems);
        return write(m);
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
