package dev.patina.io;

/** What a container scan found: the metadata to carry over, and the embedded ICC profile (or null). */
record ScannedMetadata(SourceMetadata metadata, byte[] icc) {
    static final ScannedMetadata NONE = new ScannedMetadata(SourceMetadata.EMPTY, null);
}
