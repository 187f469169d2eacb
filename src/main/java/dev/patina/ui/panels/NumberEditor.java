package dev.patina.ui.panels;

import dev.patina.doc.ParamSpec;

import javax.swing.JLabel;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.BiConsumer;

/**
 * A slider with a numeric field and the unit for one {@link ParamSpec.Number}. The slider has a
 * thousand steps over the declared range, logarithmic for positive ranges spanning two decades or
 * more (distances of 0.05 m to 1 km, focal lengths), so the everyday end is not squeezed into a few
 * pixels; the field takes any value in range. Double-clicking the slider or the label resets to the
 * declared default.
 */
final class NumberEditor {
    private static final int STEPS = 1000;

    final JLabel label;
    final JSlider slider = new JSlider(0, STEPS);
    final JSpinner field;
    final JLabel unit;
    private final ParamSpec.Number spec;
    private final boolean logarithmic;
    private boolean updating;

    /** {@code onChange} gets the new value and the slider (to tell a drag from a single change). */
    NumberEditor(ParamSpec.Number spec, String namePrefix, BiConsumer<Double, JSlider> onChange) {
        this.spec = spec;
        label = new JLabel(spec.label());
        label.setToolTipText(spec.description() + " (double-click to reset)");
        slider.setToolTipText(spec.description() + " (double-click to reset)");
        slider.setName(namePrefix + ".slider");
        // Ask for little width and let the inspector's growing column stretch it: a slider's own
        // preferred width (about 200 px) made rows wider than the side column.
        slider.setPreferredSize(new java.awt.Dimension(60, slider.getPreferredSize().height));
        this.logarithmic = isLogarithmic(spec);
        // Arrow steps and shown decimals suit the values people use: a tenth of the default on a
        // logarithmic range (0.5 m steps by 0.05), a hundredth of the range otherwise.
        double step = logarithmic ? niceStep(spec.defaultNumber() / 10) : niceStep((spec.max() - spec.min()) / 100);
        field = new JSpinner(new SpinnerNumberModel(spec.defaultNumber(), spec.min(), spec.max(), step));
        JSpinner.NumberEditor editor = new JSpinner.NumberEditor(field, decimals(step));
        // Sized for everyday values, not for the widest one the range allows ("100000.00" made
        // the field, and with it the inspector, wider than the side column).
        editor.getTextField().setColumns(4);
        field.setEditor(editor);
        field.setName(namePrefix + ".field");
        unit = new JLabel(spec.unit());
        slider.addChangeListener(e -> {
            if (updating) return;
            double v = fromSlider(slider.getValue());
            setField(v);
            onChange.accept(v, slider);
        });
        field.addChangeListener(e -> {
            if (updating) return;
            double v = ((Number) field.getValue()).doubleValue();
            setSlider(v);
            onChange.accept(v, null);
        });
        MouseAdapter reset = new MouseAdapter() {
            @Override public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    show(spec.defaultNumber());
                    onChange.accept(spec.defaultNumber(), null);
                }
            }
        };
        slider.addMouseListener(reset);
        label.addMouseListener(reset);
    }

    /** Shows a value without reporting it as a change. */
    void show(double v) {
        setSlider(v);
        setField(v);
    }

    private void setSlider(double v) {
        if (slider.getValueIsAdjusting()) return;
        updating = true;
        slider.setValue(toSlider(v));
        updating = false;
    }

    private void setField(double v) {
        updating = true;
        field.setValue(v);
        updating = false;
    }

    static boolean isLogarithmic(ParamSpec.Number spec) {
        return spec.min() > 0 && spec.max() / spec.min() >= 100;
    }

    int toSlider(double v) {
        double t = logarithmic ? Math.log(v / spec.min()) / Math.log(spec.max() / spec.min())
            : (v - spec.min()) / (spec.max() - spec.min());
        return (int) Math.round(Math.max(0, Math.min(1, t)) * STEPS);
    }

    double fromSlider(int s) {
        double t = s / (double) STEPS;
        double v = logarithmic ? spec.min() * Math.pow(spec.max() / spec.min(), t) : spec.min() + (spec.max() - spec.min()) * t;
        // Three significant digits on a logarithmic slider (1.23 m, 123 m), four decimals otherwise.
        if (logarithmic) {
            double p = Math.pow(10, Math.floor(Math.log10(v)) - 2);
            return Math.max(spec.min(), Math.min(spec.max(), Math.round(v / p) * p));
        }
        return Math.round(v * 1e4) / 1e4;
    }

    private static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        return raw / p >= 5 ? 5 * p : raw / p >= 2 ? 2 * p : p;
    }

    private static String decimals(double step) {
        int d = Math.max(0, (int) Math.ceil(-Math.log10(step)));
        return d == 0 ? "0" : "0." + "0".repeat(d);
    }
}
