package dev.patina.ui.canvas;

import dev.patina.doc.Document;
import dev.patina.image.Rect;
import dev.patina.ops.Resources;
import dev.patina.render.TileRenderer;
import dev.patina.ui.files.LoadedImage;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.AffineTransform;
import java.util.List;
import java.util.function.Consumer;

/**
 * The picture. It never renders: it asks two preview pipelines (the edited document and the
 * original) for the visible region at the display scale and paints the tiles they deliver, one
 * preview pixel per device pixel on HiDPI screens. Wheel zooms around the pointer, space-drag (or
 * middle-drag) pans, holding backslash shows the original, and the split view shows the original on
 * the left half.
 */
public final class CanvasView extends JComponent {

    /** What the status bar and histogram want to know. */
    public interface Observer {
        void pointerAt(int imageX, int imageY, boolean inside);

        void viewChanged(double zoom);

        void renderProgress(int done, int total);

        /** The edited preview is complete; counts are 3x256 (red, green, blue). */
        void previewFinished(int[] histogram);

        void renderFailed(RuntimeException error);
    }

    private final Viewport viewport = new Viewport();
    private final PreviewPipeline edited, original;
    private final PreviewSurface editedSurface = new PreviewSurface(), originalSurface = new PreviewSurface();
    private LoadedImage image;
    private Document document;
    private Resources resources = Resources.NONE;
    private List<TileTint> tints = List.of();
    private CanvasGuide marker;
    private boolean showOriginal, split;
    private boolean spaceDown, panning;
    private int lastX, lastY;
    private CanvasTool tool;
    private Observer observer;
    private double lastDeviceScale = 1;
    /** The last request of each pipeline, so an unchanged view is not rendered twice. */
    private PreviewPipeline.Spec editedSpec, originalSpec;

    public CanvasView(TileRenderer renderer) {
        setName("canvas");
        setOpaque(true);
        setFocusable(true);
        edited = new PreviewPipeline(renderer, SwingUtilities::invokeLater, listenerFor(editedSurface, true));
        original = new PreviewPipeline(renderer, SwingUtilities::invokeLater, listenerFor(originalSurface, false));
        installMouse();
        installKeys();
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override public void componentResized(java.awt.event.ComponentEvent e) { syncViewSize(); }
        });
    }

    private PreviewPipeline.Listener listenerFor(PreviewSurface surface, boolean isEdited) {
        return new PreviewPipeline.Listener() {
            @Override public void tileArrived(PreviewTile tile) { surface.add(tile); repaint(); }

            @Override public void progress(long gen, int done, int total) {
                if (isEdited && observer != null) observer.renderProgress(done, total);
            }

            @Override public void coarseFinished(long gen) { surface.coarseFinished(gen); repaint(); }

            @Override public void finished(long gen) {
                surface.finish(gen);
                repaint();
                if (isEdited && observer != null) observer.previewFinished(histogramOf(surface.fineTiles()));
            }

            @Override public void failed(long gen, RuntimeException error) {
                if (observer != null) observer.renderFailed(error);
            }
        };
    }

    private static int[] histogramOf(List<PreviewTile> tiles) {
        int[] sum = new int[768];
        for (PreviewTile t : tiles) for (int i = 0; i < sum.length; i++) sum[i] += t.histogram()[i];
        return sum;
    }

    public void setObserver(Observer o) { observer = o; }

    public Viewport viewport() { return viewport; }

    /** Shows a newly opened original, fitted. */
    public void setImage(LoadedImage img, Document doc, Resources res) {
        image = img;
        document = doc;
        resources = res;
        editedSurface.clear();
        originalSurface.clear();
        editedSpec = null;
        originalSpec = null;
        viewport.setImageSize(img.width(), img.height());
        syncViewSize();
        viewport.fit();
        viewChanged();
    }

    /**
     * The document or the tints over it changed (an edit, undo, an overlay turned on or computed):
     * re-render at once, cancelling the stale request.
     */
    public void setDocument(Document doc, List<TileTint> overTints) {
        List<TileTint> t = List.copyOf(overTints);
        boolean same = doc.equals(document) && t.equals(tints);
        document = doc;
        tints = t;
        if (!same) requestEdited();
    }

    /** Fires a "tool" property change, so the panels offering tools can show which one is active. */
    public void setTool(CanvasTool t) {
        CanvasTool old = tool;
        tool = t;
        setCursor(t == null ? Cursor.getDefaultCursor() : Cursor.getPredefinedCursor(Cursor.CROSSHAIR_CURSOR));
        repaint();
        firePropertyChange("tool", old, t);
    }

    public CanvasGuide marker() { return marker; }

    /** The selected layer's mark on the picture (the focus point), or null. */
    public void setMarker(CanvasGuide m) {
        if (java.util.Objects.equals(m, marker)) return;
        marker = m;
        repaint();
    }

    public CanvasTool tool() { return tool; }

    public void fit() { viewport.fit(); viewChanged(); }

    public void actualPixels() { viewport.actualPixels(); viewChanged(); }

    public void zoomBy(double factor) {
        viewport.zoomAround(factor, viewport.viewWidth() / 2.0, viewport.viewHeight() / 2.0);
        viewChanged();
    }

    public boolean isSplit() { return split; }

    public void setSplit(boolean on) {
        split = on;
        if (on) requestOriginal();
        repaint();
    }

    public void setShowOriginal(boolean on) {
        if (showOriginal == on) return;
        showOriginal = on;
        if (on) requestOriginal();
        repaint();
    }

    public boolean isShowingOriginal() { return showOriginal; }

    /** True when the newest request for the edited picture has every full-detail tile on screen. */
    public boolean isPreviewComplete() {
        return image != null && editedSurface.isFinished() && edited.generations().isCurrent(editedSurface.generation());
    }

    private void viewChanged() {
        requestEdited();
        if (split || showOriginal) requestOriginal();
        if (observer != null) observer.viewChanged(viewport.zoom());
    }

    private void requestEdited() {
        if (image == null || document == null) return;
        PreviewPipeline.Spec s = spec(document, tints);
        if (s.equals(editedSpec)) return;
        editedSpec = s;
        long gen = edited.request(s);
        editedSurface.startGeneration(gen);
        repaint();
    }

    /**
     * The original is rendered again only when the view changed: X11 auto-repeat turns a held
     * backslash into a stream of press/release pairs, which must not restart the render each time.
     */
    private void requestOriginal() {
        if (image == null || document == null) return;
        PreviewPipeline.Spec s = spec(document.withLayers(List.of()), List.of());
        if (s.equals(originalSpec)) return;
        originalSpec = s;
        long gen = original.request(s);
        originalSurface.startGeneration(gen);
    }

    private PreviewPipeline.Spec spec(Document doc, List<TileTint> over) {
        double s = viewport.renderScale();
        // The visible part of the image, in the coordinates of the image scaled by s.
        int x0 = (int) Math.floor(viewport.toImageX(0) * s), y0 = (int) Math.floor(viewport.toImageY(0) * s);
        int x1 = (int) Math.ceil(viewport.toImageX(viewport.viewWidth()) * s);
        int y1 = (int) Math.ceil(viewport.toImageY(viewport.viewHeight()) * s);
        Rect region = new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
        return new PreviewPipeline.Spec(doc, image.pyramid(), resources, s, region, over);
    }

    private double deviceScale() {
        var gc = getGraphicsConfiguration();
        return gc == null ? 1 : gc.getDefaultTransform().getScaleX();
    }

    private void syncViewSize() {
        lastDeviceScale = deviceScale();
        int w = (int) Math.ceil(getWidth() * lastDeviceScale), h = (int) Math.ceil(getHeight() * lastDeviceScale);
        if (w == viewport.viewWidth() && h == viewport.viewHeight()) return;
        viewport.setViewSize(w, h);
        if (image != null) viewChanged();
    }

    @Override protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            AffineTransform t = g.getTransform();
            // Paint in device pixels: keep the translation, drop the HiDPI scale.
            g.setTransform(new AffineTransform(1, 0, 0, 1, t.getTranslateX(), t.getTranslateY()));
            if (t.getScaleX() != lastDeviceScale) SwingUtilities.invokeLater(this::syncViewSize);
            int w = (int) Math.ceil(getWidth() * t.getScaleX()), h = (int) Math.ceil(getHeight() * t.getScaleY());
            Color bg = UIManager.getColor("Patina.canvasBackground");
            g.setColor(bg != null ? bg : new Color(0x2b2b2b));
            g.fillRect(0, 0, w, h);
            if (image == null) return;
            if (showOriginal) {
                originalSurface.paint(g, viewport);
                label(g, "Original", 12, 12);
            } else if (split) {
                int mid = w / 2;
                Graphics2D left = (Graphics2D) g.create();
                left.clipRect(0, 0, mid, h);
                originalSurface.paint(left, viewport);
                left.dispose();
                Graphics2D right = (Graphics2D) g.create();
                right.clipRect(mid, 0, w - mid, h);
                editedSurface.paint(right, viewport);
                right.dispose();
                g.setColor(new Color(255, 255, 255, 200));
                g.setStroke(new BasicStroke(1));
                g.drawLine(mid, 0, mid, h);
                label(g, "Before", 12, 12);
                label(g, "After", mid + 12, 12);
            } else {
                editedSurface.paint(g, viewport);
            }
            if (marker != null && !showOriginal) marker.paint(g, viewport);
            if (tool != null && !showOriginal) tool.paintGuides(g, viewport);
        } finally {
            g.dispose();
        }
    }

    private void label(Graphics2D g, String text, int x, int y) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(getFont().deriveFont(Font.BOLD, (float) (12 * lastDeviceScale)));
        int tw = g.getFontMetrics().stringWidth(text);
        g.setColor(new Color(0, 0, 0, 140));
        g.fillRoundRect(x, y, tw + 12, g.getFontMetrics().getHeight() + 4, 6, 6);
        g.setColor(Color.WHITE);
        g.drawString(text, x + 6, y + 2 + g.getFontMetrics().getAscent());
    }

    private double imageX(MouseEvent e) { return viewport.toImageX(e.getX() * lastDeviceScale); }

    private double imageY(MouseEvent e) { return viewport.toImageY(e.getY() * lastDeviceScale); }

    private void installMouse() {
        MouseAdapter m = new MouseAdapter() {
            @Override public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                if (image == null) return;
                lastX = e.getX();
                lastY = e.getY();
                panning = spaceDown || SwingUtilities.isMiddleMouseButton(e) || (tool == null && SwingUtilities.isLeftMouseButton(e));
                if (panning) setCursor(Cursor.getPredefinedCursor(Cursor.MOVE_CURSOR));
                else if (tool != null && SwingUtilities.isLeftMouseButton(e)) tool.pressed(imageX(e), imageY(e));
            }

            @Override public void mouseDragged(MouseEvent e) {
                if (image == null) return;
                if (panning) {
                    viewport.panBy((e.getX() - lastX) * lastDeviceScale, (e.getY() - lastY) * lastDeviceScale);
                    lastX = e.getX();
                    lastY = e.getY();
                    viewChanged();
                } else if (tool != null && SwingUtilities.isLeftMouseButton(e)) {
                    tool.dragged(imageX(e), imageY(e));
                    repaint();
                }
                pointer(e);
            }

            @Override public void mouseReleased(MouseEvent e) {
                if (image == null) return;
                if (panning) {
                    panning = false;
                    setTool(tool);
                } else if (tool != null && SwingUtilities.isLeftMouseButton(e)) {
                    tool.released(imageX(e), imageY(e));
                }
            }

            @Override public void mouseMoved(MouseEvent e) {
                pointer(e);
                if (tool != null && image != null) {
                    tool.hovered(imageX(e), imageY(e));
                    repaint();
                }
            }

            @Override public void mouseWheelMoved(MouseWheelEvent e) {
                if (image == null) return;
                viewport.zoomAround(Math.pow(Viewport.STEP, -e.getPreciseWheelRotation()),
                    e.getX() * lastDeviceScale, e.getY() * lastDeviceScale);
                viewChanged();
                pointer(e);
            }
        };
        addMouseListener(m);
        addMouseMotionListener(m);
        addMouseWheelListener(m);
    }

    private void pointer(MouseEvent e) {
        if (observer == null || image == null) return;
        int x = (int) Math.floor(imageX(e)), y = (int) Math.floor(imageY(e));
        observer.pointerAt(x, y, x >= 0 && y >= 0 && x < image.width() && y < image.height());
    }

    /** Space and backslash act while held, as in Photoshop and Lightroom, so they watch press and release. */
    private void installKeys() {
        bindHold("SPACE", on -> spaceDown = on);
        bindHold("BACK_SLASH", this::setShowOriginal);
    }

    private void bindHold(String key, Consumer<Boolean> action) {
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("pressed " + key), key + "-down");
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("released " + key), key + "-up");
        getActionMap().put(key + "-down", new AbstractAction() {
            @Override public void actionPerformed(ActionEvent e) { action.accept(true); }
        });
        getActionMap().put(key + "-up", new AbstractAction() {
            @Override public void actionPerformed(ActionEvent e) { action.accept(false); }
        });
    }
}
