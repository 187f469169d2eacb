package dev.patina.scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CascadeXmlTest {
    /** A one-stage, one-stump cascade on a 4x4 window: "left half darker than right half". */
    static final String TINY = """
        <?xml version="1.0"?>
        <opencv_storage>
        <cascade type_id="opencv-cascade-classifier"><stageType>BOOST</stageType>
          <featureType>HAAR</featureType>
          <height>4</height>
          <width>4</width>
          <stages>
            <_>
              <maxWeakCount>1</maxWeakCount>
              <stageThreshold>0.5</stageThreshold>
              <weakClassifiers>
                <_>
                  <internalNodes>0 -1 0 %s</internalNodes>
                  <leafValues>0. 1.</leafValues></_></weakClassifiers></_></stages>
          <features>
            <_>
              <rects>
                <_>0 0 2 4 -1.</_>
                <_>2 0 2 4 1.</_></rects>%s</_></features></cascade>
        </opencv_storage>
        """;

    static Cascade tiny(double threshold) throws IOException {
        return parse(TINY.formatted(threshold, ""));
    }

    static Cascade parse(String xml) throws IOException {
        return CascadeXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    @Test
    void readsTheShippedCascades() {
        Cascade frontal = Cascades.frontalFace();
        assertThat(frontal.windowWidth()).isEqualTo(20);
        assertThat(frontal.windowHeight()).isEqualTo(20);
        assertThat(frontal.stageCount()).isEqualTo(20);
        assertThat(frontal.featureCount()).isEqualTo(2094); // the <rects> elements in the file
        assertThat(Cascades.profileFace().stageCount()).isEqualTo(26);
        assertThat(Cascades.profileFace().featureCount()).isEqualTo(2609);
    }

    @Test
    void keepsTreesAndLeavesInOpenCvsEncoding() {
        Cascade c = Cascades.frontalFace();
        // alt2's first weak classifier: "0 1 0 4.3272329494357109e-03 -1 -2 1 1.3076160103082657e-02"
        assertThat(c.nodeLeft[0]).isEqualTo(0);
        assertThat(c.nodeRight[0]).isEqualTo(1);
        assertThat(c.nodeFeature[0]).isEqualTo(0);
        assertThat(c.nodeThreshold[0]).isEqualTo(4.3272329494357109e-03f);
        assertThat(c.nodeLeft[1]).isEqualTo(-1);
        assertThat(c.nodeRight[1]).isEqualTo(-2);
        assertThat(c.leafValue[0]).isEqualTo(3.8381900638341904e-02f);
        assertThat(c.stageThreshold[0]).isEqualTo(3.5069230198860168e-01f);
        // its first feature: rects "2 7 16 4 -1." and "2 9 16 2 2."
        assertThat(c.featureRectCount[0]).isEqualTo(2);
        assertThat(new int[] {c.rectGeometry[0], c.rectGeometry[1], c.rectGeometry[2], c.rectGeometry[3]}).containsExactly(2, 7, 16, 4);
        assertThat(c.rectWeight[1]).isEqualTo(2f);
    }

    @Test
    void parsesAMinimalCascade() throws IOException {
        Cascade c = tiny(0.0);
        assertThat(c.stageCount()).isOne();
        assertThat(c.featureCount()).isOne();
        assertThat(c.weakCount()).isOne();
    }

    @Test
    void refusesEntityExpansion() {
        String bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <opencv_storage><cascade>&lol2;</cascade></opencv_storage>
            """;
        assertThatThrownBy(() -> parse(bomb)).isInstanceOf(CascadeFormatException.class).hasMessageContaining("test.xml");
    }

    @Test
    void refusesExternalEntities() {
        String xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <opencv_storage><cascade>&x;</cascade></opencv_storage>
            """;
        assertThatThrownBy(() -> parse(xxe)).isInstanceOf(CascadeFormatException.class)
            .hasMessageNotContaining("root:");
    }

    @Test
    void refusesTiltedFeatures() {
        assertThatThrownBy(() -> parse(TINY.formatted(0.0, "<tilted>1</tilted>")))
            .isInstanceOf(CascadeFormatException.class).hasMessageContaining("tilted");
    }

    @Test
    void refusesOtherFeatureTypes() {
        String lbp = TINY.formatted(0.0, "").replace("<featureType>HAAR", "<featureType>LBP");
        assertThatThrownBy(() -> parse(lbp)).isInstanceOf(CascadeFormatException.class).hasMessageContaining("LBP");
    }

    @Test
    void refusesIndicesOutsideTheTables() {
        String badFeature = TINY.formatted(0.0, "").replace("0 -1 0 0.0", "0 -1 7 0.0");
        assertThatThrownBy(() -> parse(badFeature)).isInstanceOf(CascadeFormatException.class).hasMessageContaining("feature index 7");
        // a child that points back at its own node would make the tree walk endless
        String loop = TINY.formatted(0.0, "").replace("<internalNodes>0 -1 0 0.0</internalNodes>", "<internalNodes>1 -1 0 0.0 1 -2 0 0.0</internalNodes>")
            .replace("<leafValues>0. 1.</leafValues>", "<leafValues>0. 1. 2.</leafValues>");
        assertThat(loop).contains("1 -2 0 0.0");
        assertThatThrownBy(() -> parse(loop)).isInstanceOf(CascadeFormatException.class).hasMessageContaining("outside its tree");
        String wrongLeaves = TINY.formatted(0.0, "").replace("<leafValues>0. 1.</leafValues>", "<leafValues>0.</leafValues>");
        assertThatThrownBy(() -> parse(wrongLeaves)).isInstanceOf(CascadeFormatException.class).hasMessageContaining("leaf values");
    }

    @Test
    void refusesRectsOutsideTheWindow() {
        String outside = TINY.formatted(0.0, "").replace("<_>2 0 2 4 1.</_>", "<_>3 0 2 4 1.</_>");
        assertThatThrownBy(() -> parse(outside)).isInstanceOf(CascadeFormatException.class).hasMessageContaining("outside the 4x4 window");
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> parse("not xml")).isInstanceOf(CascadeFormatException.class);
        assertThatThrownBy(() -> parse("<other/>")).isInstanceOf(CascadeFormatException.class).hasMessageContaining("opencv_storage");
        assertThatThrownBy(() -> parse(TINY.formatted("NaN", ""))).isInstanceOf(CascadeFormatException.class);
        assertThatThrownBy(() -> parse(TINY.formatted("abc", ""))).isInstanceOf(CascadeFormatException.class).hasMessageContaining("not a number");
    }
}
