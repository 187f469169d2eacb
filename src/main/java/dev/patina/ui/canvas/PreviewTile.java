package dev.patina.ui.canvas;

import dev.patina.image.Rect;

import java.awt.image.BufferedImage;

/**
 * A finished, display-ready tile: 8-bit sRGB pixels covering {@code rect} of the image scaled by
 * {@code scale}, from request {@code generation}, with its 3x256 histogram counts (red, green,
 * blue) already taken on the worker thread.
 */
public record PreviewTile(long generation, double scale, Rect rect, BufferedImage image, int[] histogram, boolean fine) {
}
