package dev.patina.io.meta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ai-images/INDEX.md: per file, the expected prompt texts and negative texts (each fenced
 * block is one text node), or none when the file has no prompt.
 */
final class FixtureIndex {
    record Entry(String file, boolean hasPrompt, List<String> prompts, List<String> negatives) {
        @Override
        public String toString() {
            return file;
        }
    }

    private FixtureIndex() {}

    static List<Entry> read(Path indexFile) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(indexFile);
        String file = null;
        boolean hasPrompt = true;
        List<String> prompts = new ArrayList<>(), negatives = new ArrayList<>();
        List<String> target = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("### ")) {
                if (file != null) entries.add(new Entry(file, hasPrompt, prompts, negatives));
                file = line.substring(4).trim();
                hasPrompt = true;
                prompts = new ArrayList<>();
                negatives = new ArrayList<>();
                target = null;
            } else if (file != null && line.startsWith("- prompt")) {
                target = prompts;
                if (line.contains("(none in file)")) hasPrompt = false;
            } else if (file != null && line.startsWith("- negative prompt")) {
                target = negatives;
            } else if (line.startsWith("- ")) {
                target = null;
            } else if (line.startsWith("```text") && target != null) {
                StringBuilder sb = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(lines.get(i));
                }
                target.add(sb.toString());
            }
        }
        if (file != null) entries.add(new Entry(file, hasPrompt, prompts, negatives));
        return entries;
    }
}
