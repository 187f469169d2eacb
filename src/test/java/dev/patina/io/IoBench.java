package dev.patina.io;

import dev.patina.image.FloatImage;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decode/encode timings on a 24 MP JPEG, as ratios against plain ImageIO in the same process.
 * Not a unit test: run by hand,
 * {@code java -Xmx3g -cp target/classes:target/test-classes:<deps> dev.patina.io.IoBench [photo]}.
 */
public final class IoBench {
    public static void main(String[] args) throws Exception {
        Path photo = Path.of(args.length > 0 ? args[0] : "/work/shared/data/photos/real-camera-exif_island_olympus.jpg");
        Path work = Files.createTempDirectory("iobench");
        Path big = work.resolve("24mp.jpg");
        BufferedImage src = ImageIO.read(photo.toFile());
        BufferedImage up = new BufferedImage(6000, 4000, BufferedImage.TYPE_3BYTE_BGR);
        var g = up.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, 6000, 4000, null);
        g.dispose();
        TestImages.writeJpeg(up, big, 0.9f, false);
        up = null;
        System.out.printf("test file: %s, %d bytes%n", big, Files.size(big));
        ImageDecoder decoder = new ImageDecoder();
        ImageExporter exporter = new ImageExporter();
        int runs = 5;
        long[] base = new long[runs], jdk = new long[runs], ours = new long[runs], jpg = new long[runs], tif = new long[runs];
        FloatImage img = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            BufferedImage b = ImageIO.read(big.toFile());
            base[i] = System.nanoTime() - t;
            b = null;
            t = System.nanoTime();
            jdkRead(big);
            jdk[i] = System.nanoTime() - t;
            img = null;
            t = System.nanoTime();
            img = decoder.decode(big).image();
            ours[i] = System.nanoTime() - t;
            Path outJ = work.resolve("out.jpg"), outT = work.resolve("out.tif");
            t = System.nanoTime();
            exporter.export(img, outJ, ExportOptions.forPath(outJ).withJpegQuality(90), SourceMetadata.EMPTY, 1, () -> false);
            jpg[i] = System.nanoTime() - t;
            t = System.nanoTime();
            exporter.export(img, outT, ExportOptions.forPath(outT), SourceMetadata.EMPTY, 1, () -> false);
            tif[i] = System.nanoTime() - t;
            System.out.printf("run %d: ImageIO.read %d ms, JDK reader %d ms, ImageDecoder %d ms, export JPEG q90 %d ms, export TIFF16 LZW %d ms (%d MB)%n",
                i, ms(base[i]), ms(jdk[i]), ms(ours[i]), ms(jpg[i]), ms(tif[i]), Files.size(outT) >> 20);
        }
        System.out.printf("median: ImageIO.read %d ms, JDK reader %d ms, ImageDecoder %d ms (%.2fx ImageIO.read), JPEG q90 %d ms, TIFF16 LZW %d ms%n",
            med(base), med(jdk), med(ours), med(ours) / (double) med(base), med(jpg), med(tif));
        try (var s = Files.list(work)) { for (Path p : s.toList()) Files.delete(p); }
        Files.delete(work);
    }

    private static void jdkRead(Path f) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(f.toFile())) {
            for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName("jpeg"); it.hasNext(); ) {
                ImageReader r = it.next();
                if (r.getClass().getName().startsWith("com.sun.")) {
                    r.setInput(in);
                    r.read(0);
                    r.dispose();
                    return;
                }
            }
        }
    }

    private static long ms(long ns) { return ns / 1_000_000; }

    private static long med(long[] a) {
        long[] c = a.clone();
        Arrays.sort(c);
        return ms(c[c.length / 2]);
    }
}
