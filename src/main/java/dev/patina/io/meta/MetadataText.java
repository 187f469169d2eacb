package dev.patina.io.meta;

/**
 * One text field found in a file, before interpretation.
 *
 * @param key     the field name: a PNG text keyword, "UserComment", "Make", "dc:description"...
 * @param value   the decoded text
 * @param carrier where it was found, for messages: "PNG iTXt", "EXIF", "XMP"...
 */
public record MetadataText(String key, String value, String carrier) {

    public String describe() {
        return carrier + " " + key;
    }
}
