package dev.patina.io.meta;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * InvokeAI 1.x/2.x "Dream" command line: {@code "prompt [negative]" -s 50 -S 42 -W 512 -H 768 -C 7.5 -A k_lms}.
 * Square-bracketed parts of the prompt are the negative prompt.
 */
final class InvokeDream {
    private InvokeDream() {}

    static GenerationInfo parse(String dream, String carrier) {
        String text = dream.strip();
        String prompt = text, options = "";
        if (text.startsWith("\"")) {
            int close = text.lastIndexOf('"');
            if (close > 0) {
                prompt = text.substring(1, close);
                options = text.substring(close + 1);
            }
        } else {
            int opt = text.indexOf(" -");
            if (opt >= 0) {
                prompt = text.substring(0, opt);
                options = text.substring(opt);
            }
        }
        Map<String, String> s = new LinkedHashMap<>();
        String[] tokens = options.trim().split("\\s+");
        for (int i = 0; i + 1 < tokens.length; i++) {
            String key = switch (tokens[i]) {
                case "-s" -> "steps";
                case "-S" -> "seed";
                case "-C" -> "cfg";
                case "-A" -> "sampler";
                case "-W" -> "width";
                case "-H" -> "height";
                default -> null;
            };
            if (key != null) s.put(key, tokens[++i]);
        }
        if (s.containsKey("width") && s.containsKey("height")) s.put("size", s.remove("width") + "x" + s.remove("height"));
        return splitNegative("InvokeAI", carrier, prompt, s);
    }

    /** Moves top-level [bracketed] parts of an InvokeAI 2.x prompt into the negative prompt. */
    static GenerationInfo splitNegative(String generator, String carrier, String raw, Map<String, String> settings) {
        StringBuilder positive = new StringBuilder(), negative = new StringBuilder();
        int depth = 0, start = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '[') {
                if (depth++ == 0) start = i + 1;
                continue;
            }
            if (c == ']' && depth > 0) {
                if (--depth == 0) {
                    if (negative.length() > 0) negative.append(", ");
                    negative.append(raw, start, i);
                }
                continue;
            }
            if (depth == 0) positive.append(c);
        }
        return new GenerationInfo(generator, carrier, positive.toString().strip(), negative.toString().strip(), settings);
    }
}
