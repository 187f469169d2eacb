package dev.patina.doc;

/** The untouched original a document edits: where it was and the SHA-256 of its bytes. */
public record SourceRef(String path, String sha256) {
}
