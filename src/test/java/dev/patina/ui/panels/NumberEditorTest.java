package dev.patina.ui.panels;

import dev.patina.doc.ParamSpec;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.JFormattedTextField;
import javax.swing.JSpinner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Swing components are made and read on the event thread: other tests install a checker that fails otherwise. */
class NumberEditorTest {
    private static NumberEditor editor(ParamSpec.Number spec) {
        return GuiActionRunner.execute(() -> new NumberEditor(spec, "p", (v, s) -> { }));
    }

    private static final ParamSpec.Number NEAR = new ParamSpec.Number("nearDistance", "Near distance", 0.05, 1000, 0.5, "m", "");
    private static final ParamSpec.Number AMOUNT = new ParamSpec.Number("amount", "Amount", -1, 1, 0, "", "");

    @Test
    void wideRangesAreLogarithmicSoTheEverydayEndHasRoom() {
        NumberEditor near = editor(NEAR);
        assertThat(NumberEditor.isLogarithmic(NEAR)).isTrue();
        // 0.5 m is a decade above the 0.05 m end of a 4.3-decade range: about a quarter along.
        assertThat(near.toSlider(0.5)).isEqualTo((int) Math.round(Math.log10(10) / Math.log10(20000) * 1000));
        assertThat(near.fromSlider(near.toSlider(0.5))).isCloseTo(0.5, within(0.005));
        assertThat(near.fromSlider(0)).isEqualTo(0.05);
        assertThat(near.fromSlider(1000)).isEqualTo(1000);
        for (int s = 0; s <= 1000; s += 37) assertThat(near.toSlider(near.fromSlider(s))).isCloseTo(s, within(1));
    }

    @Test
    void theFieldShowsTheDecimalsASmallValueNeeds() {
        NumberEditor near = editor(NEAR);
        String shown = GuiActionRunner.execute(() -> {
            near.show(0.5);
            JFormattedTextField text = ((JSpinner.DefaultEditor) near.field.getEditor()).getTextField();
            return text.getText();
        });
        assertThat(shown).isEqualTo("0.50");
    }

    @Test
    void narrowRangesStayLinear() {
        NumberEditor amount = editor(AMOUNT);
        assertThat(NumberEditor.isLogarithmic(AMOUNT)).isFalse();
        assertThat(amount.toSlider(0)).isEqualTo(500);
        assertThat(amount.fromSlider(750)).isEqualTo(0.5);
    }
}
