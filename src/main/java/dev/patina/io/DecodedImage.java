package dev.patina.io;

import dev.patina.image.FloatImage;

/**
 * A decoded source: upright linear-light pixels plus what an export carries over.
 *
 * @param format canonical container name: JPEG, PNG, TIFF, WEBP, BMP (or the reader's name)
 * @param bitDepth bits per sample of the stored pixels (8 or 16; 1..8 for palette and bilevel)
 * @param width upright width (after the EXIF orientation), equal to image().width()
 * @param height upright height
 */
public record DecodedImage(FloatImage image, SourceMetadata metadata, String format, int bitDepth, int width, int height) {}
