package dev.patina.scene;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads an OpenCV cascade in the "new" XML format ({@code <cascade>} with {@code <stages>} and
 * {@code <features>}, as written by opencv_traincascade and shipped since OpenCV 2.4) into a
 * {@link Cascade}. Only boosted Haar cascades with upright features are accepted: those are the
 * ones Patina ships, and refusing the rest (LBP, HOG, tilted features) is clearer than evaluating
 * them wrongly.
 *
 * <p>The file is data from outside, so the parser refuses DTDs (no entity expansion, no external
 * fetches: the "billion laughs" and XXE attacks need a DTD) and every index and count is checked
 * before it is used, so a hostile file gives a {@link CascadeFormatException}, never an array
 * index error or an endless tree walk.
 */
public final class CascadeXml {
    private CascadeXml() {}

    /** Bounds far above any real cascade (OpenCV's largest has about 3000 features), so a hostile file cannot make us allocate wildly. */
    private static final int MAX_STAGES = 1000, MAX_FEATURES = 100_000, MAX_WINDOW = 256, MAX_TREE_NODES = 64;

    public static Cascade read(InputStream in, String name) throws IOException {
        Element cascade = root(parse(in, name), name);
        text(cascade, "stageType", name, "BOOST");
        text(cascade, "featureType", name, "HAAR");
        int width = intIn(child(cascade, "width", name), 1, MAX_WINDOW, name + ": width");
        int height = intIn(child(cascade, "height", name), 1, MAX_WINDOW, name + ": height");

        List<Element> features = items(child(cascade, "features", name));
        if (features.isEmpty() || features.size() > MAX_FEATURES) {
            throw new CascadeFormatException(name + ": " + features.size() + " features (need 1.." + MAX_FEATURES + ")");
        }
        int nf = features.size();
        int[] rectCount = new int[nf];
        int[] geometry = new int[nf * Cascade.MAX_RECTS * 4];
        float[] weight = new float[nf * Cascade.MAX_RECTS];
        for (int f = 0; f < nf; f++) readFeature(features.get(f), f, width, height, rectCount, geometry, weight, name);

        List<Element> stages = items(child(cascade, "stages", name));
        if (stages.isEmpty() || stages.size() > MAX_STAGES) {
            throw new CascadeFormatException(name + ": " + stages.size() + " stages (need 1.." + MAX_STAGES + ")");
        }
        Builder b = new Builder(stages.size());
        for (int s = 0; s < stages.size(); s++) b.stage(stages.get(s), s, nf, name);
        return b.build(width, height, rectCount, geometry, weight);
    }

    private static Document parse(InputStream in, String name) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder db = f.newDocumentBuilder();
            db.setErrorHandler(null); // errors surface as exceptions, not as stderr noise
            return db.parse(in);
        } catch (SAXException e) {
            throw new CascadeFormatException(name + ": not a readable cascade XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure settings", e);
        }
    }

    private static Element root(Document doc, String name) {
        Element top = doc.getDocumentElement();
        if (!"opencv_storage".equals(top.getTagName())) {
            throw new CascadeFormatException(name + ": root element is <" + top.getTagName() + ">, not <opencv_storage>");
        }
        Element c = firstChild(top, "cascade");
        if (c == null) throw new CascadeFormatException(name + ": no <cascade> (old-format cascades are not supported)");
        return c;
    }

    private static void readFeature(Element feature, int f, int width, int height, int[] rectCount, int[] geometry,
                                    float[] weight, String name) {
        Element tilted = firstChild(feature, "tilted");
        if (tilted != null && !"0".equals(tilted.getTextContent().trim())) {
            throw new CascadeFormatException(name + ": feature " + f + " is tilted; only upright Haar features are supported");
        }
        List<Element> rects = items(child(feature, "rects", name));
        if (rects.isEmpty() || rects.size() > Cascade.MAX_RECTS) {
            throw new CascadeFormatException(name + ": feature " + f + " has " + rects.size() + " rects (need 1.." + Cascade.MAX_RECTS + ")");
        }
        rectCount[f] = rects.size();
        for (int r = 0; r < rects.size(); r++) {
            double[] v = numbers(rects.get(r), name + ": feature " + f + " rect " + r);
            if (v.length != 5) throw new CascadeFormatException(name + ": feature " + f + " rect " + r + " needs x y w h weight");
            int x = whole(v[0], name), y = whole(v[1], name), w = whole(v[2], name), h = whole(v[3], name);
            if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > width || y + h > height) {
                throw new CascadeFormatException(name + ": feature " + f + " rect " + r + " lies outside the " + width + "x" + height + " window");
            }
            int g = (f * Cascade.MAX_RECTS + r) * 4;
            geometry[g] = x;
            geometry[g + 1] = y;
            geometry[g + 2] = w;
            geometry[g + 3] = h;
            weight[f * Cascade.MAX_RECTS + r] = (float) v[4];
        }
    }

    /** Collects stages, weak classifiers, nodes and leaves into growing flat arrays. */
    private static final class Builder {
        final float[] stageThreshold;
        final int[] stageFirstWeak, stageWeakCount;
        final IntList weakFirstNode = new IntList(), weakFirstLeaf = new IntList();
        final IntList left = new IntList(), right = new IntList(), feature = new IntList();
        final FloatList threshold = new FloatList(), leaves = new FloatList();

        Builder(int stages) {
            stageThreshold = new float[stages];
            stageFirstWeak = new int[stages];
            stageWeakCount = new int[stages];
        }

        void stage(Element stage, int s, int featureCount, String name) {
            String where = name + ": stage " + s;
            stageThreshold[s] = (float) finite(number(child(stage, "stageThreshold", name), where), where);
            List<Element> weak = items(child(stage, "weakClassifiers", name));
            if (weak.isEmpty()) throw new CascadeFormatException(where + " has no weak classifiers");
            stageFirstWeak[s] = weakFirstNode.size;
            stageWeakCount[s] = weak.size();
            for (int k = 0; k < weak.size(); k++) tree(weak.get(k), featureCount, where + " classifier " + k, name);
        }

        void tree(Element weak, int featureCount, String where, String name) {
            double[] nodes = numbers(child(weak, "internalNodes", name), where);
            double[] leafValues = numbers(child(weak, "leafValues", name), where);
            if (nodes.length == 0 || nodes.length % 4 != 0 || nodes.length / 4 > MAX_TREE_NODES) {
                throw new CascadeFormatException(where + ": internalNodes must be groups of (left right feature threshold)");
            }
            int n = nodes.length / 4;
            if (leafValues.length != n + 1) {
                throw new CascadeFormatException(where + ": " + n + " nodes need " + (n + 1) + " leaf values, not " + leafValues.length);
            }
            weakFirstNode.add(left.size);
            weakFirstLeaf.add(leaves.size);
            for (int i = 0; i < n; i++) {
                int l = whole(nodes[4 * i], name), r = whole(nodes[4 * i + 1], name), f = whole(nodes[4 * i + 2], name);
                // A child node must come later in the tree, so a walk always ends at a leaf.
                for (int c : new int[] {l, r}) {
                    if (c > 0 ? (c <= i || c >= n) : -c > n) {
                        throw new CascadeFormatException(where + ": node " + i + " points to " + c + ", outside its tree");
                    }
                }
                if (f < 0 || f >= featureCount) throw new CascadeFormatException(where + ": feature index " + f + " out of range");
                left.add(l);
                right.add(r);
                feature.add(f);
                threshold.add((float) finite(nodes[4 * i + 3], where));
            }
            for (double v : leafValues) leaves.add((float) finite(v, where));
        }

        Cascade build(int width, int height, int[] rectCount, int[] geometry, float[] weight) {
            return new Cascade(width, height, stageThreshold, stageFirstWeak, stageWeakCount, weakFirstNode.toArray(),
                weakFirstLeaf.toArray(), left.toArray(), right.toArray(), feature.toArray(), threshold.toArray(),
                leaves.toArray(), rectCount, geometry, weight);
        }
    }

    private static void text(Element parent, String tag, String name, String expected) {
        String v = child(parent, tag, name).getTextContent().trim();
        if (!expected.equals(v)) throw new CascadeFormatException(name + ": <" + tag + "> is " + v + "; only " + expected + " is supported");
    }

    private static Element child(Element parent, String tag, String name) {
        Element e = firstChild(parent, tag);
        if (e == null) throw new CascadeFormatException(name + ": <" + parent.getTagName() + "> has no <" + tag + ">");
        return e;
    }

    private static Element firstChild(Element parent, String tag) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) return e;
        }
        return null;
    }

    /** The {@code <_>} items of an OpenCV sequence. */
    private static List<Element> items(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals("_")) out.add(e);
        }
        return out;
    }

    private static double[] numbers(Element e, String where) {
        String t = e.getTextContent().trim();
        if (t.isEmpty()) return new double[0];
        String[] parts = t.split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException ex) {
                throw new CascadeFormatException(where + ": '" + parts[i] + "' is not a number");
            }
        }
        return v;
    }

    private static double number(Element e, String where) {
        double[] v = numbers(e, where);
        if (v.length != 1) throw new CascadeFormatException(where + ": <" + e.getTagName() + "> needs one number");
        return v[0];
    }

    private static int intIn(Element e, int lo, int hi, String where) {
        double v = number(e, where);
        if (v != Math.rint(v) || v < lo || v > hi) throw new CascadeFormatException(where + " is " + v + ", not a whole number in " + lo + ".." + hi);
        return (int) v;
    }

    private static int whole(double v, String name) {
        if (v != Math.rint(v) || Math.abs(v) > 1_000_000) throw new CascadeFormatException(name + ": " + v + " should be a whole number");
        return (int) v;
    }

    private static double finite(double v, String where) {
        if (!Double.isFinite(v)) throw new CascadeFormatException(where + ": " + v + " is not a finite number");
        return v;
    }

    private static final class IntList {
        int[] a = new int[256];
        int size;

        void add(int v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }

        int[] toArray() { return java.util.Arrays.copyOf(a, size); }
    }

    private static final class FloatList {
        float[] a = new float[256];
        int size;

        void add(float v) {
            if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2);
            a[size++] = v;
        }

        float[] toArray() { return java.util.Arrays.copyOf(a, size); }
    }
}
