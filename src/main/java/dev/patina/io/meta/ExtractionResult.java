package dev.patina.io.meta;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of reading one file: the generation info if a prompt was found, and every problem
 * met on the way (a corrupt chunk, an unparsable JSON) as a plain sentence.
 *
 * @param container "PNG", "JPEG", "WebP", or "unknown" when the bytes are no image we read
 */
public record ExtractionResult(String file, String container, Optional<GenerationInfo> info, List<String> problems) {

    public ExtractionResult {
        problems = List.copyOf(problems);
    }

    public boolean hasPrompt() {
        return info.isPresent();
    }

    public boolean isImage() {
        return !"unknown".equals(container);
    }

    /** One line for a user: what was found, or why nothing was. */
    public String summary() {
        if (info.isPresent()) {
            GenerationInfo g = info.get();
            return file + ": " + g.generator() + " prompt in " + g.carrier();
        }
        String why = problems.isEmpty() ? "" : " (" + String.join("; ", problems) + ")";
        if (!isImage()) return file + ": not a PNG, JPEG or WebP image" + why;
        return file + ": no generation prompt in this " + container + why;
    }
}
