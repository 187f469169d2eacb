package dev.patina.ui.files;

import java.nio.file.Path;

/** What the export dialog asked for. Quality is 1..100; bits and compression apply to TIFF only. */
public record ExportSettings(Path output, Format format, int quality, String subsampling, boolean progressive,
                             int bits, String compression, boolean keepPrompt) {
    public enum Format { JPEG, TIFF }

    public static ExportSettings jpeg(Path output) {
        return new ExportSettings(output, Format.JPEG, 92, "4:2:0", true, 8, "lzw", true);
    }
}
