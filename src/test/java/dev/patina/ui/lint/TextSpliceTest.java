package dev.patina.ui.lint;

import org.junit.jupiter.api.Test;

import javax.swing.text.PlainDocument;

import static org.assertj.core.api.Assertions.assertThat;

class TextSpliceTest {
    private static PlainDocument doc(String text) throws Exception {
        PlainDocument d = new PlainDocument();
        d.insertString(0, text, null);
        return d;
    }

    @Test
    void replacesOnlyTheChangedMiddle() throws Exception {
        PlainDocument d = doc("a, ring light, b");
        int[] changed = TextSplice.replace(d, "a, window light from the left, b");
        assertThat(d.getText(0, d.getLength())).isEqualTo("a, window light from the left, b");
        // "ring light" and "window light from the left" share their final "t": only "window ... lef" is new
        assertThat(changed).containsExactly(3, 28);
    }

    @Test
    void removalLeavesAnEmptyRangeWhereTheTextWas() throws Exception {
        PlainDocument d = doc("masterpiece, portrait");
        int[] changed = TextSplice.replace(d, "portrait");
        assertThat(d.getText(0, d.getLength())).isEqualTo("portrait");
        assertThat(changed[0]).isEqualTo(changed[1]);
    }

    @Test
    void repeatedLettersAtTheSeamAreHandled() throws Exception {
        PlainDocument d = doc("aaa");
        TextSplice.replace(d, "aaaa");
        assertThat(d.getText(0, d.getLength())).isEqualTo("aaaa");
        TextSplice.replace(d, "");
        assertThat(d.getLength()).isZero();
        TextSplice.replace(d, "x");
        assertThat(d.getText(0, d.getLength())).isEqualTo("x");
    }
}
