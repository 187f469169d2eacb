package dev.patina.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The licence and the third-party notices ship inside the jar, and the notices name every bundled library. */
class LicensingTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = LicensingTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theApacheLicenceIsPackagedInFull() throws IOException {
        String licence = resource("/META-INF/patina/LICENSE");
        assertThat(licence).contains("Apache License").contains("Version 2.0, January 2004")
            .contains("9. Accepting Warranty or Additional Liability.").contains("END OF TERMS AND CONDITIONS");
        assertThat(licence).isEqualTo(Files.readString(Path.of("LICENSE")));
    }

    @Test
    void theNoticesNameEveryRuntimeDependencyOfThePom() throws IOException {
        String notices = resource("/META-INF/patina/THIRD-PARTY-NOTICES");
        String pom = Files.readString(Path.of("pom.xml"));
        String deps = pom.substring(pom.indexOf("<dependencies>", pom.indexOf("</dependencyManagement>")),
            pom.indexOf("</dependencies>", pom.indexOf("</dependencyManagement>")));
        Matcher m = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(deps);
        List<String> bundled = new ArrayList<>();
        while (m.find()) {
            String d = m.group(1);
            if (d.contains("<scope>test</scope>")) continue;
            Matcher a = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(d);
            assertThat(a.find()).isTrue();
            bundled.add(a.group(1));
        }
        assertThat(bundled).hasSizeGreaterThan(5);
        for (String artifact : bundled) assertThat(notices).as("notices name " + artifact).contains(artifact);
    }

    @Test
    void theNoticesNameTheBundledDataFiles() throws IOException {
        String notices = resource("/META-INF/patina/THIRD-PARTY-NOTICES");
        assertThat(notices).contains("bpe_simple_vocab_16e6.txt.gz").contains("sample.png").contains("icons");
        assertThat(LicensingTest.class.getResource("/dev/patina/lint/bpe_simple_vocab_16e6.txt.gz")).isNotNull();
        assertThat(LicensingTest.class.getResource("/dev/patina/ui/sample/sample.png")).isNotNull();
    }
}
