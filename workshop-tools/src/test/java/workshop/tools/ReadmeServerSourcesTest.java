package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadmeServerSourcesTest {

    private static final String README = """
            # Title
            <!-- server-sources:begin -->
            whatever was here before
            <!-- server-sources:end -->
            text of the author's
            <!-- docker-variables:begin -->
            <!-- docker-variables:end -->
            """;

    @Test
    @DisplayName("generate replaces what is between each pair of markers, and nothing else")
    void replacesBetweenMarkers() {
        String expected = ReadmeServerSources.expected(README);

        assertThat(expected)
                .startsWith("# Title\n<!-- server-sources:begin -->\n" + ServerSourceOrder.readmeSources()
                        + "\n<!-- server-sources:end -->\n")
                .contains("<!-- server-sources:end -->\ntext of the author's\n<!-- docker-variables:begin -->\n"
                        + ServerSourceOrder.readmeDockerVariables() + "\n<!-- docker-variables:end -->\n")
                .doesNotContain("whatever was here before");
        assertThat(ReadmeServerSources.expected(expected))
                .as("generating twice changes nothing")
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("a README without the markers is an error that says what to put back")
    void missingMarkers() {
        assertThatThrownBy(() -> ReadmeServerSources.expected("# Title\n"))
                .hasMessageContaining("<!-- server-sources:begin -->");
    }

    @Test
    @DisplayName("the README's list and the terminal's advice name the sources in the order the choice tries them")
    void sameOrder() {
        for (String text : new String[] {ServerSourceOrder.readmeSources(), ServerSourceOrder.installAdvice()}) {
            int url = text.indexOf("NATS_URL");
            int path = text.indexOf("NATS_SERVER_PATH");
            int onPath = text.indexOf("/usr/sbin");
            int docker = text.indexOf(ServerSourceOrder.DEFAULT_DOCKER_IMAGE);
            assertThat(url).isNotNegative().isLessThan(path);
            assertThat(path).isLessThan(onPath);
            assertThat(onPath).isLessThan(docker);
        }
    }
}
