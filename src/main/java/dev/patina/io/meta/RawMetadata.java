package dev.patina.io.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text fields a container reader found, and the problems it met, before any interpretation. */
final class RawMetadata {
    final String container;
    final List<MetadataText> texts = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    RawMetadata(String container) {
        this.container = container;
    }

    void add(String key, String value, String carrier) {
        if (value != null && !value.isEmpty()) texts.add(new MetadataText(key, value, carrier));
    }

    void problem(String message) {
        problems.add(message);
    }

    Optional<MetadataText> get(String key) {
        for (MetadataText t : texts) if (t.key().equals(key)) return Optional.of(t);
        return Optional.empty();
    }

    Optional<MetadataText> getIgnoreCase(String key) {
        for (MetadataText t : texts) if (t.key().equalsIgnoreCase(key)) return Optional.of(t);
        return Optional.empty();
    }
}
