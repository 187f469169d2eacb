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
 * thousand steps over the declared range; the field takes any value in range. Double-clicking the
 * slider or the label resets to the declared default.
 */
final class NumberEditor {
    private static final int STEPS = 1000;

    final JLabel label;
    final JSlider slider = new JSlider(0, STEPS);
    final JSpinner field;
    final JLabel unit;
    private final ParamSpec.Number spec;
    private boolean updating;

    /** {@code onChange} gets the new value and the slider (to tell a drag from a single change). */
    NumberEditor(ParamSpec.Number spec, String namePrefix, BiConsumer<Double, JSlider> onChange) {
        this.spec = spec;
        label = new JLabel(spec.label());
        label.setToolTipText(spec.description() + " (double-click to reset)");
        slider.setToolTipText(spec.description() + " (double-click to reset)");
        slider.setName(namePrefix + ".slider");
        double step = niceStep((spec.max() - spec.min()) / 100);
        field = new JSpinner(new SpinnerNumberModel(spec.defaultNumber(), spec.min(), spec.max(), step));
        field.setEditor(new JSpinner.NumberEditor(field, decimals(step)));
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

    private int toSlider(double v) {
        return (int) Math.round((v - spec.min()) / (spec.max() - spec.min()) * STEPS);
    }

    private double fromSlider(int s) {
        double v = spec.min() + (spec.max() - spec.min()) * s / STEPS;
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
