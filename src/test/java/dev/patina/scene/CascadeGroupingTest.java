package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link RectGrouping}: OpenCV's groupRectangles semantics. */
class CascadeGroupingTest {
    private static Detection box(double x, double y, double s) {
        return new Detection(x, y, s, s, 1, 0.5);
    }

    @Test
    void mergesAClusterIntoItsMeanAndCountsItsMembers() {
        List<Detection> raw = List.of(box(100, 100, 40), box(102, 101, 42), box(98, 99, 40), box(101, 103, 38));
        List<Detection> g = RectGrouping.group(raw, 3, 0.2);
        assertThat(g).hasSize(1);
        Detection d = g.get(0);
        assertThat(d.neighbours()).isEqualTo(4);
        assertThat(d.x()).isEqualTo(100.25);
        assertThat(d.width()).isEqualTo(40);
    }

    @Test
    void dropsClustersWithTooFewMembers() {
        List<Detection> raw = List.of(box(100, 100, 40), box(102, 101, 42), box(300, 300, 40));
        assertThat(RectGrouping.group(raw, 1, 0.2)).hasSize(1).allSatisfy(d -> assertThat(d.x()).isEqualTo(101));
        assertThat(RectGrouping.group(raw, 0, 0.2)).hasSize(2);
        assertThat(RectGrouping.group(raw, 2, 0.2)).isEmpty();
    }

    @Test
    void chainsOfShiftedWindowsAreOneObjectButDistantOnesAreNot() {
        List<Detection> raw = new ArrayList<>();
        for (int i = 0; i < 6; i++) raw.add(box(100 + 5 * i, 100, 40)); // each within 0.2 * 40 = 8 px of the next
        raw.add(box(200, 100, 40));
        List<Detection> g = RectGrouping.group(raw, 0, 0.2);
        assertThat(g).hasSize(2);
        assertThat(g).anySatisfy(d -> assertThat(d.neighbours()).isEqualTo(6));
    }

    @Test
    void aWeakBoxInsideAStrongOneGoes() {
        List<Detection> raw = new ArrayList<>();
        for (int i = 0; i < 8; i++) raw.add(box(100 + i % 2, 100, 100)); // a well supported face
        raw.add(box(130, 130, 30));
        raw.add(box(131, 130, 30)); // a small cluster inside it (an eye, say)
        List<Detection> g = RectGrouping.group(raw, 1, 0.2);
        assertThat(g).hasSize(1);
        assertThat(g.get(0).width()).isEqualTo(100);
    }

    @Test
    void emptyInEmptyOut() {
        assertThat(RectGrouping.group(List.of(), 3, 0.2)).isEmpty();
    }
}
