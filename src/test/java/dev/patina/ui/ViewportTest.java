package dev.patina.ui;

import dev.patina.ui.canvas.Viewport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewportTest {

    private static Viewport viewport(int iw, int ih, int vw, int vh) {
        Viewport v = new Viewport();
        v.setViewSize(vw, vh);
        v.setImageSize(iw, ih);
        return v;
    }

    @Test
    void fitShowsTheWholeImageCentredAtTheLargestZoom() {
        Viewport v = viewport(6000, 4000, 1600, 1000);
        assertThat(v.zoom()).isEqualTo(0.25);
        assertThat(v.offsetX()).isEqualTo(50);
        assertThat(v.offsetY()).isEqualTo(0);
        assertThat(v.toDeviceX(6000)).isEqualTo(1550);
        assertThat(v.renderScale()).isEqualTo(0.25);
    }

    @Test
    void fitFollowsTheWindowUntilTheUserZooms() {
        Viewport v = viewport(2000, 1000, 1000, 1000);
        assertThat(v.zoom()).isEqualTo(0.5);
        v.setViewSize(500, 500);
        assertThat(v.zoom()).isEqualTo(0.25);
        v.zoomAround(2, 250, 250);
        assertThat(v.isFitting()).isFalse();
        v.setViewSize(1000, 1000);
        assertThat(v.zoom()).isEqualTo(0.5);
    }

    @Test
    void zoomKeepsThePointUnderThePointerInPlace() {
        Viewport v = viewport(4000, 3000, 1200, 800);
        double px = 300, py = 200;
        double ix = v.toImageX(px), iy = v.toImageY(py);
        v.zoomAround(Viewport.STEP, px, py);
        assertThat(v.toImageX(px)).isCloseTo(ix, within(1 / v.zoom()));
        assertThat(v.toImageY(py)).isCloseTo(iy, within(1 / v.zoom()));
        for (int i = 0; i < 8; i++) v.zoomAround(Viewport.STEP, px, py);
        assertThat(v.toImageX(px)).isCloseTo(ix, within(1 / v.zoom()));
    }

    @Test
    void fourWheelStepsDoubleTheZoomAndOffsetsStayOnWholePixels() {
        Viewport v = viewport(1000, 1000, 1000, 1000);
        v.actualPixels();
        for (int i = 0; i < 4; i++) v.zoomAround(Viewport.STEP, 333, 421);
        assertThat(v.zoom()).isCloseTo(2, within(1e-9));
        assertThat(v.offsetX()).isEqualTo(Math.rint(v.offsetX()));
        assertThat(v.offsetY()).isEqualTo(Math.rint(v.offsetY()));
    }

    @Test
    void actualPixelsKeepsTheCentreAndRendersAtFullScaleBeyond100Percent() {
        Viewport v = viewport(4000, 4000, 1000, 1000);
        double cx = v.toImageX(500), cy = v.toImageY(500);
        v.actualPixels();
        assertThat(v.zoom()).isEqualTo(1);
        assertThat(v.toImageX(500)).isCloseTo(cx, within(1.0));
        assertThat(v.toImageY(500)).isCloseTo(cy, within(1.0));
        v.zoomAround(4, 500, 500);
        assertThat(v.renderScale()).isEqualTo(1);
    }

    @Test
    void zoomIsClamped() {
        Viewport v = viewport(100, 100, 100, 100);
        for (int i = 0; i < 100; i++) v.zoomAround(2, 0, 0);
        assertThat(v.zoom()).isEqualTo(Viewport.MAX_ZOOM);
        for (int i = 0; i < 100; i++) v.zoomAround(0.5, 0, 0);
        assertThat(v.zoom()).isEqualTo(Viewport.MIN_ZOOM);
    }

    @Test
    void panMovesTheImageByWholeDevicePixels() {
        Viewport v = viewport(1000, 1000, 500, 500);
        double x = v.toDeviceX(100);
        v.panBy(30.4, -10);
        assertThat(v.toDeviceX(100)).isEqualTo(Math.round(x + 30.4));
    }

    @Test
    void renderScaleIsTheZoomAtFitAndSnapsToPowersOfTwoBetweenAQuarterAnd100Percent() {
        Viewport v = viewport(6000, 4000, 1600, 1000);
        assertThat(v.renderScale()).isEqualTo(v.zoom());
        v.setZoomAround(0.3, 0, 0);
        assertThat(v.renderScale()).isEqualTo(0.5);
        v.setZoomAround(0.5, 0, 0);
        assertThat(v.renderScale()).isEqualTo(0.5);
        v.setZoomAround(0.7, 0, 0);
        assertThat(v.renderScale()).isEqualTo(1);
        v.setZoomAround(0.2, 0, 0);
        assertThat(v.renderScale()).isEqualTo(0.2);
    }
}
