package dev.patina.testing;

import dev.patina.doc.Document;
import dev.patina.doc.Layer;
import dev.patina.doc.SourceRef;
import dev.patina.image.FloatImage;
import dev.patina.ops.Op;
import dev.patina.ops.OpRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic synthetic test images and documents. */
public final class TestImages {
    private TestImages() {}

    /** A colourful scene: smooth gradients, a hard-edged disc, fine texture and some highlights above 1. */
    public static FloatImage scene(int w, int h, long seed) {
        FloatImage img = new FloatImage(w, h);
        Random rnd = new Random(seed);
        float[] tex = new float[w * h];
        for (int i = 0; i < tex.length; i++) tex[i] = (float) rnd.nextGaussian() * 0.03f;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                double u = x / (double) w, v = y / (double) h;
                double r = 0.05 + 0.6 * u, g = 0.1 + 0.5 * v, b = 0.3 * (1 - u) + 0.1;
                double dx = u - 0.55, dy = v - 0.45;
                if (dx * dx + dy * dy < 0.04) { r = 0.8; g = 0.35; b = 0.2; }
                if (x % 97 < 3 && y % 89 < 3) { r = g = b = 3.0; }
                img.plane(0)[i] = (float) Math.max(0, r * (1 + tex[i]));
                img.plane(1)[i] = (float) Math.max(0, g * (1 + tex[i]));
                img.plane(2)[i] = (float) Math.max(0, b * (1 + tex[i]));
            }
        }
        return img;
    }

    public static FloatImage uniform(int w, int h, float r, float g, float b) {
        FloatImage img = new FloatImage(w, h);
        img.fill(r, g, b);
        return img;
    }

    public static Document emptyDoc() {
        return Document.of(new SourceRef("test.png", "0123456789abcdef0123456789abcdef"));
    }

    /** A document with every registered layer type at its default (non-identity) params. */
    public static Document allLayers() {
        List<Layer> layers = new ArrayList<>();
        for (Op op : OpRegistry.all()) layers.add(Layer.of(op.displayName(), op.schema().defaults()));
        return emptyDoc().withLayers(layers);
    }

    public static double mean(float[] p) {
        double s = 0;
        for (float v : p) s += v;
        return s / p.length;
    }

    public static double std(float[] p) {
        double m = mean(p), s = 0;
        for (float v : p) s += (v - m) * (v - m);
        return Math.sqrt(s / p.length);
    }
}
