package dev.patina.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An edit: the original plus an ordered layer stack, bottom layer first. Immutable: every edit
 * returns a new Document, which is what undo keeps. {@code seed} makes grain and dither repeatable.
 */
public record Document(SourceRef source, long seed, List<Layer> layers) {

    /**
     * Most layers a document holds. The renderer's stages nest one per layer; 2000 render on a
     * default thread stack, 4000 overflowed it. Files with more are refused when read.
     */
    public static final int MAX_LAYERS = 1000;

    public Document {
        if (layers.size() > MAX_LAYERS) throw new ParamException("layers", layers.size() + " layers; a document holds at most " + MAX_LAYERS);
        layers = List.copyOf(layers);
    }

    public static Document of(SourceRef source) {
        return new Document(source, defaultSeed(source), List.of());
    }

    /** A seed derived from the source's hash, so the same image gets the same grain by default. */
    public static long defaultSeed(SourceRef source) {
        if (source == null || source.sha256() == null || source.sha256().length() < 16) return 0x5eedL;
        return Long.parseUnsignedLong(source.sha256().substring(0, 15), 16);
    }

    public Document withLayers(List<Layer> ls) { return new Document(source, seed, ls); }

    public Document withSeed(long s) { return new Document(source, s, layers); }

    public Document withSource(SourceRef s) { return new Document(s, seed, layers); }

    public Document withLayerAdded(Layer l) {
        List<Layer> ls = new ArrayList<>(layers);
        ls.add(l);
        return withLayers(ls);
    }

    public Document withLayerAt(int index, Layer l) {
        List<Layer> ls = new ArrayList<>(layers);
        ls.add(index, l);
        return withLayers(ls);
    }

    public Document withLayerRemoved(String id) {
        List<Layer> ls = new ArrayList<>(layers);
        ls.removeIf(l -> l.id().equals(id));
        return withLayers(ls);
    }

    public Document withLayerMoved(String id, int newIndex) {
        List<Layer> ls = new ArrayList<>(layers);
        int i = indexOf(id);
        if (i < 0) return this;
        Layer l = ls.remove(i);
        ls.add(Math.max(0, Math.min(newIndex, ls.size())), l);
        return withLayers(ls);
    }

    public Document withLayerChanged(String id, UnaryOperator<Layer> change) {
        List<Layer> ls = new ArrayList<>(layers);
        int i = indexOf(id);
        if (i < 0) return this;
        ls.set(i, change.apply(ls.get(i)));
        return withLayers(ls);
    }

    public int indexOf(String id) {
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).id().equals(id)) return i;
        return -1;
    }

    public Layer layer(String id) {
        int i = indexOf(id);
        return i < 0 ? null : layers.get(i);
    }
}
