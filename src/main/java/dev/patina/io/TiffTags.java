package dev.patina.io;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.IFD;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Metadata of a TIFF source: the ICC profile (tag 34675), XMP (tag 700), and an EXIF block built from
 * the descriptive tags of the first IFD plus its Exif and GPS sub-IFDs. Layout tags (strips, tiles,
 * compression) are left out: they describe the source's pixels, not the picture.
 */
final class TiffTags {
    /** ImageDescription, Make, Model, Orientation, Software, DateTime, Artist, Copyright, Exif IFD, GPS IFD. */
    private static final Set<Integer> DESCRIPTIVE = Set.of(0x010E, 0x010F, 0x0110, 0x0112, 0x0131, 0x0132,
        0x013B, 0x8298, TIFF.TAG_EXIF_IFD, TIFF.TAG_GPS_IFD);

    private TiffTags() {}

    static ScannedMetadata scan(ImageInputStream in) throws IOException {
        in.seek(0);
        Directory d;
        try {
            d = new TIFFReader().read(in);
        } catch (IOException | RuntimeException e) {
            return ScannedMetadata.NONE; // the decoder reports a broken file
        }
        if (d instanceof CompoundDirectory c) d = c.directoryCount() > 0 ? c.getDirectory(0) : null;
        if (d == null) return ScannedMetadata.NONE;
        byte[] icc = null;
        String xmp = null;
        List<Entry> kept = new ArrayList<>();
        for (Entry e : d) {
            int tag = e.getIdentifier() instanceof Number n ? n.intValue() : -1;
            if (tag == TIFF.TAG_ICC_PROFILE && e.getValue() instanceof byte[] b) icc = b;
            else if (tag == TIFF.TAG_XMP && e.getValue() instanceof byte[] b) xmp = new String(b, StandardCharsets.UTF_8);
            else if (DESCRIPTIVE.contains(tag)) kept.add(e);
        }
        byte[] exif = null;
        if (!kept.isEmpty()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                out.setByteOrder(ByteOrder.LITTLE_ENDIAN);
                new TIFFWriter().write(new IFD(kept), out);
            } catch (IOException | RuntimeException e) {
                bytes.reset(); // an odd tag the writer cannot express: carry no EXIF rather than fail
            }
            exif = bytes.size() > 0 ? bytes.toByteArray() : null;
        }
        return new ScannedMetadata(new SourceMetadata(exif, xmp, Map.of(), null), icc);
    }
}
