package dev.patina.doc;

import dev.patina.testing.TestImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTest {
    @Test
    void oneSliderDragIsOneUndoStep() {
        Document d0 = TestImages.allLayers();
        History h = new History(d0, 100);
        String id = d0.layers().get(0).id();
        Object drag = "drag-1";
        for (int k = 1; k <= 8; k++) {
            double value = k / 10.0;
            h.push(h.current().withLayerChanged(id, l -> l.withOpacity(value)), drag);
        }
        assertEquals(0.8, h.current().layer(id).opacity(), 1e-9);
        assertEquals(d0, h.undo(), "one undo returns to before the drag");
        assertFalse(h.canUndo());
        assertEquals(0.8, h.redo().layer(id).opacity(), 1e-9);
    }

    @Test
    void separateEditsAreSeparateStepsAndANewEditDropsRedo() {
        Document d0 = TestImages.allLayers();
        History h = new History(d0, 100);
        String id = d0.layers().get(0).id();
        h.push(h.current().withLayerChanged(id, l -> l.withEnabled(false)), null);
        h.push(h.current().withLayerChanged(id, l -> l.withName("renamed")), null);
        h.undo();
        assertTrue(h.canRedo());
        h.push(h.current().withLayerRemoved(id), null);
        assertFalse(h.canRedo());
        h.undo();
        h.undo();
        assertEquals(d0, h.current());
    }

    @Test
    void sameKeyAfterSealStartsANewStep() {
        Document d0 = TestImages.allLayers();
        History h = new History(d0, 100);
        String id = d0.layers().get(0).id();
        h.push(h.current().withLayerChanged(id, l -> l.withOpacity(0.5)), "k");
        h.seal();
        h.push(h.current().withLayerChanged(id, l -> l.withOpacity(0.2)), "k");
        assertEquals(0.5, h.undo().layer(id).opacity(), 1e-9);
    }

    @Test
    void limitDropsTheOldestSteps() {
        Document d0 = TestImages.allLayers();
        History h = new History(d0, 5);
        String id = d0.layers().get(0).id();
        for (int i = 1; i <= 10; i++) {
            double v = i / 10.0;
            h.push(h.current().withLayerChanged(id, l -> l.withOpacity(v)), null);
        }
        int undos = 0;
        while (h.canUndo()) { h.undo(); undos++; }
        assertEquals(4, undos);
    }
}
