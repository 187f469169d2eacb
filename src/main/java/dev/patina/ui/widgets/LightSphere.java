package dev.patina.ui.widgets;

import dev.patina.doc.Layer;
import dev.patina.image.LightDirection;
import dev.patina.doc.ParamRole;
import dev.patina.doc.Params;
import dev.patina.image.LightColour;
import dev.patina.ui.EditorSession;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Locale;

/**
 * The relight layer's key light as a handle on a shaded sphere: the sphere is lit from the
 * layer's direction, in the light's colour and softness, and the handle sits where it is
 * brightest. Dragging the handle (or clicking anywhere) moves the light there; one drag is one
 * undo step. Arrow keys turn the direction (left/right) and raise or lower it (up/down) by 5°.
 */
final class LightSphere extends JComponent {
    static final int SIZE = 124;
    private static final int INSET = 7;
    private static final double KEY_STEP = 5;
    private final EditorSession session;
    private String layerId, azimuthParam, elevationParam;
    private LightDirection light = new LightDirection(45, 35);
    private double softness, kelvin = 6500;
    private Object drag;
    private BufferedImage sphere;
    private String sphereKey;

    LightSphere(EditorSession session) {
        this.session = session;
        setName("relight.sphere");
        setFocusable(true);
        setOpaque(false);
        MouseAdapter m = new MouseAdapter() {
            @Override public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                drag = new Object();
                moveTo(e.getX(), e.getY());
            }

            @Override public void mouseDragged(MouseEvent e) {
                if (drag != null) moveTo(e.getX(), e.getY());
            }

            @Override public void mouseReleased(MouseEvent e) {
                if (drag == null) return;
                drag = null;
                session.sealStep();
            }
        };
        addMouseListener(m);
        addMouseMotionListener(m);
        addFocusListener(new FocusAdapter() {
            @Override public void focusGained(FocusEvent e) { repaint(); }

            @Override public void focusLost(FocusEvent e) { repaint(); }
        });
        bindKey("LEFT", -KEY_STEP, 0);
        bindKey("RIGHT", KEY_STEP, 0);
        bindKey("UP", 0, KEY_STEP);
        bindKey("DOWN", 0, -KEY_STEP);
    }

    /** Shows the layer's light (after every change of the document). */
    void show(Layer layer) {
        layerId = layer.id();
        Params p = layer.params();
        azimuthParam = p.schema().spec(ParamRole.LIGHT_AZIMUTH).name();
        elevationParam = p.schema().spec(ParamRole.LIGHT_ELEVATION).name();
        light = new LightDirection(p.number(azimuthParam), p.number(elevationParam));
        softness = role(p, ParamRole.LIGHT_SOFTNESS, 0.3);
        kelvin = role(p, ParamRole.LIGHT_TEMPERATURE, 6500);
        setToolTipText(String.format(Locale.ROOT, "Key light from %.0f°, %.0f° towards the camera — drag to move it",
            light.azimuth(), light.elevation()));
        repaint();
    }

    /** The value of the param with this role, or {@code otherwise} when the layer has none. */
    private static double role(Params p, ParamRole role, double otherwise) {
        var spec = p.schema().spec(role);
        return spec == null ? otherwise : p.number(spec.name());
    }

    /** Where the sphere is drawn in this component. */
    DiscFrame frame() { return DiscFrame.inside(getWidth(), getHeight(), INSET); }

    private void moveTo(int x, int y) {
        double[] uv = frame().toDisc(x, y);
        set(LightDirection.fromDiscPoint(uv[0], uv[1], light.azimuth()), drag);
    }

    private void bindKey(String key, double dAzimuth, double dElevation) {
        getInputMap(WHEN_FOCUSED).put(KeyStroke.getKeyStroke(key), "light-" + key);
        getActionMap().put("light-" + key, new AbstractAction() {
            @Override public void actionPerformed(ActionEvent e) {
                double el = Math.max(0, Math.min(90, light.elevation() + dElevation));
                double az = ((light.azimuth() + dAzimuth) % 360 + 360) % 360;
                set(new LightDirection(az, el), null);
                session.sealStep();
            }
        });
    }

    /** One edit of both angles, rounded to a tenth of a degree (finer than any slider step). */
    private void set(LightDirection d, Object mergeKey) {
        if (layerId == null) return;
        double az = Math.round(d.azimuth() * 10) / 10.0, el = Math.round(d.elevation() * 10) / 10.0;
        if (az >= 360) az = 0;
        double a = az, e = el;
        light = new LightDirection(a, e);
        session.edit(doc -> doc.withLayerChanged(layerId, l -> l.withParam(azimuthParam, a).withParam(elevationParam, e)), mergeKey);
        repaint();
    }

    @Override public Dimension getPreferredSize() { return new Dimension(SIZE, SIZE); }

    @Override public Dimension getMinimumSize() { return getPreferredSize(); }

    @Override protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            DiscFrame f = frame();
            double r = f.radius();
            // Shade at device resolution so the sphere stays smooth on HiDPI screens.
            AffineTransform t = g.getTransform();
            double dev = t.getScaleX();
            int px = (int) Math.round(2 * r * dev);
            BufferedImage img = sphereImage(px);
            g.drawImage(img, (int) Math.round(f.centreX() - r), (int) Math.round(f.centreY() - r),
                (int) Math.round(2 * r), (int) Math.round(2 * r), null);
            Color rim = UIManager.getColor("Component.borderColor");
            g.setColor(rim != null ? rim : Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Ellipse2D.Double(f.centreX() - r, f.centreY() - r, 2 * r, 2 * r));
            paintHandle(g, f);
            if (isFocusOwner()) {
                Color focus = UIManager.getColor("Component.focusColor");
                g.setColor(focus != null ? focus : new Color(0x4a90d9));
                g.setStroke(new BasicStroke(2f));
                g.draw(new Ellipse2D.Double(f.centreX() - r - 3, f.centreY() - r - 3, 2 * r + 6, 2 * r + 6));
            }
        } finally {
            g.dispose();
        }
    }

    /** A line from the centre and a ring at the light's highlight, readable on the lit and the dark side. */
    private void paintHandle(Graphics2D g, DiscFrame f) {
        double[] uv = light.discPoint();
        double[] p = f.toComponent(uv[0], uv[1]);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {2, 3}, 0));
        g.setColor(new Color(255, 255, 255, 150));
        g.draw(new Line2D.Double(f.centreX(), f.centreY(), p[0], p[1]));
        double hr = 5.5;
        Ellipse2D ring = new Ellipse2D.Double(p[0] - hr, p[1] - hr, 2 * hr, 2 * hr);
        g.setColor(lightColour());
        g.fill(ring);
        g.setStroke(new BasicStroke(3f));
        g.setColor(new Color(0, 0, 0, 170));
        g.draw(ring);
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(Color.WHITE);
        g.draw(ring);
    }

    /** The key light's own colour, as bright as it goes, for the handle. */
    private Color lightColour() {
        double[] rgb = LightColour.whiteUnder(kelvin);
        double max = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            double v = Math.max(0, rgb[i] / max);
            c[i] = (int) Math.round(255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055));
        }
        return new Color(c[0], c[1], c[2]);
    }

    private BufferedImage sphereImage(int px) {
        int size = Math.max(8, px);
        String key = size + "/" + light + "/" + softness + "/" + kelvin;
        if (!key.equals(sphereKey)) {
            int[] argb = SphereShading.shade(size, light, softness, LightColour.whiteUnder(kelvin));
            sphere = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            sphere.setRGB(0, 0, size, size, argb, 0, size);
            sphereKey = key;
        }
        return sphere;
    }
}
