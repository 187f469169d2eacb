package dev.patina.io.meta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The AUTOMATIC1111 "infotext" also written by Forge, reForge, SD.Next, Civitai, Fooocus' A1111
 * mode and many ComfyUI save nodes: the prompt, an optional line starting "Negative prompt:", then
 * a last line of "Key: value" pairs starting with "Steps:". Values may be quoted or be JSON.
 */
final class A1111Infotext {
    private static final String NEGATIVE = "Negative prompt:";

    private A1111Infotext() {}

    /** Whether the text has the infotext shape (a settings line or a negative-prompt line). */
    static boolean matches(String text) {
        return text.startsWith("Steps: ") || text.contains("\nSteps: ") || text.contains(NEGATIVE);
    }

    static GenerationInfo parse(String text, String carrier) {
        String body = text;
        Map<String, String> settings = new LinkedHashMap<>();
        int steps = text.startsWith("Steps: ") ? 0 : text.lastIndexOf("\nSteps: ") + 1;
        if (steps > 0 || text.startsWith("Steps: ")) {
            body = text.substring(0, steps);
            String line = text.substring(steps);
            int nl = line.indexOf('\n');
            parseSettings(nl >= 0 ? line.substring(0, nl) : line, settings);
        }
        String prompt = body, negative = "";
        int neg = body.startsWith(NEGATIVE) ? 0 : body.indexOf("\n" + NEGATIVE);
        if (neg >= 0) {
            int valueStart = neg + (body.startsWith(NEGATIVE) && neg == 0 ? 0 : 1) + NEGATIVE.length();
            prompt = body.substring(0, neg);
            negative = body.substring(valueStart);
            if (negative.startsWith(" ")) negative = negative.substring(1);
        }
        String generator = settings.containsKey("App") ? settings.get("App")
                : settings.containsKey("Civitai resources") ? "Civitai" : "AUTOMATIC1111-style";
        return new GenerationInfo(generator, carrier, trimNewlines(prompt), trimNewlines(negative), settings);
    }

    static String trimNewlines(String s) {
        int a = 0, b = s.length();
        while (a < b && (s.charAt(a) == '\n' || s.charAt(a) == '\r')) a++;
        while (b > a && (s.charAt(b - 1) == '\n' || s.charAt(b - 1) == '\r')) b--;
        return s.substring(a, b);
    }

    /** "Steps: 20, Sampler: Euler a, Lora hashes: \"a: 1, b: 2\", Hashes: {...}". */
    static void parseSettings(String line, Map<String, String> out) {
        int i = 0, n = line.length();
        while (i < n) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == ',')) i++;
            int colon = line.indexOf(':', i);
            if (colon < 0) break;
            String key = line.substring(i, colon).trim();
            int v = colon + 1;
            while (v < n && line.charAt(v) == ' ') v++;
            int end = valueEnd(line, v);
            String value = line.substring(v, end).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
            }
            out.put(normaliseKey(key), value);
            i = end;
        }
    }

    private static int valueEnd(String s, int i) {
        int n = s.length();
        if (i < n && s.charAt(i) == '"') {
            for (int j = i + 1; j < n; j++) {
                if (s.charAt(j) == '\\') j++;
                else if (s.charAt(j) == '"') return j + 1;
            }
            return n;
        }
        if (i < n && (s.charAt(i) == '{' || s.charAt(i) == '[')) {
            int depth = 0;
            boolean quoted = false;
            for (int j = i; j < n; j++) {
                char c = s.charAt(j);
                if (quoted) {
                    if (c == '\\') j++;
                    else if (c == '"') quoted = false;
                } else if (c == '"') quoted = true;
                else if (c == '{' || c == '[') depth++;
                else if ((c == '}' || c == ']') && --depth == 0) return j + 1;
            }
            return n;
        }
        int comma = s.indexOf(',', i);
        return comma < 0 ? n : comma;
    }

    private static String normaliseKey(String key) {
        return switch (key) {
            case "Model" -> "model";
            case "Sampler" -> "sampler";
            case "Schedule type" -> "scheduler";
            case "Steps" -> "steps";
            case "CFG scale" -> "cfg";
            case "Seed" -> "seed";
            case "Size" -> "size";
            default -> key;
        };
    }
}
