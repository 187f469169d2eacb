package dev.patina.ui.canvas;

/**
 * Where the image sits on the canvas, in device pixels: {@code device = image * zoom + offset}.
 * Pure arithmetic with no Swing, so zooming and fitting are tested without a display. "Fit" is a
 * mode, not a zoom value: while it is on, resizing the window refits, as in Lightroom.
 */
public final class Viewport {
    public static final double MIN_ZOOM = 1 / 64.0;
    public static final double MAX_ZOOM = 32;
    /** Zoom steps of a quarter stop feel smooth on a wheel and land exactly on 100% after 4 steps. */
    public static final double STEP = Math.pow(2, 0.25);

    private int imageWidth = 1, imageHeight = 1, viewWidth = 1, viewHeight = 1;
    private double zoom = 1, offsetX, offsetY;
    private boolean fitting = true;

    public void setImageSize(int w, int h) {
        imageWidth = Math.max(1, w);
        imageHeight = Math.max(1, h);
        fit();
    }

    /** The canvas size in device pixels (component size times the HiDPI scale). */
    public void setViewSize(int w, int h) {
        double cx = toImageX(viewWidth / 2.0), cy = toImageY(viewHeight / 2.0);
        viewWidth = Math.max(1, w);
        viewHeight = Math.max(1, h);
        if (fitting) fit();
        else centreOn(cx, cy);
    }

    public void fit() {
        fitting = true;
        zoom = clamp(Math.min(viewWidth / (double) imageWidth, viewHeight / (double) imageHeight));
        offsetX = Math.floor((viewWidth - imageWidth * zoom) / 2);
        offsetY = Math.floor((viewHeight - imageHeight * zoom) / 2);
    }

    /** 100%: one image pixel per device pixel, keeping the centre of the view where it was. */
    public void actualPixels() {
        setZoomAround(1, viewWidth / 2.0, viewHeight / 2.0);
    }

    /** Multiplies the zoom, keeping the image point under device point (px, py) in place. */
    public void zoomAround(double factor, double px, double py) {
        setZoomAround(zoom * factor, px, py);
    }

    public void setZoomAround(double newZoom, double px, double py) {
        // The anchor uses the unrounded offsets, so many small zoom steps do not drift.
        double ix = (px - offsetX) / zoom, iy = (py - offsetY) / zoom;
        fitting = false;
        zoom = clamp(newZoom);
        offsetX = px - ix * zoom;
        offsetY = py - iy * zoom;
    }

    public void panBy(double dx, double dy) {
        fitting = false;
        offsetX += dx;
        offsetY += dy;
    }

    private void centreOn(double ix, double iy) {
        offsetX = viewWidth / 2.0 - ix * zoom;
        offsetY = viewHeight / 2.0 - iy * zoom;
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    public double zoom() { return zoom; }

    public boolean isFitting() { return fitting; }

    /**
     * Where image pixel 0 lands, rounded to a whole device pixel: preview pixels then sit exactly on
     * device pixels and stay crisp. (The exact offset is kept for zooming.)
     */
    public double offsetX() { return Math.round(offsetX); }

    public double offsetY() { return Math.round(offsetY); }

    public int viewWidth() { return viewWidth; }

    public int viewHeight() { return viewHeight; }

    public int imageWidth() { return imageWidth; }

    public int imageHeight() { return imageHeight; }

    public double toImageX(double deviceX) { return (deviceX - offsetX()) / zoom; }

    public double toImageY(double deviceY) { return (deviceY - offsetY()) / zoom; }

    public double toDeviceX(double imageX) { return imageX * zoom + offsetX(); }

    public double toDeviceY(double imageY) { return imageY * zoom + offsetY(); }

    /**
     * The scale to render at. At fit and at small zooms it is the zoom itself (one rendered pixel
     * per device pixel). Between a quarter and 100% it snaps up to the next power of two and the
     * preview is reduced when painted: every render scale makes the pyramid keep a scaled copy of
     * the source, and a wheel zoom through that range on a 24 MP image would otherwise leave a
     * 100-200 MB copy per step. Beyond 100% it is full resolution, enlarged when painted.
     */
    public double renderScale() {
        if (zoom >= 1) return 1;
        if (fitting || zoom <= SNAP_BELOW) return zoom;
        return Math.min(1, Math.pow(2, Math.ceil(Math.log(zoom) / Math.log(2) - 1e-9)));
    }

    private static final double SNAP_BELOW = 0.25;
}
