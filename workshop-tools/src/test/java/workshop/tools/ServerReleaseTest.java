package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServerReleaseTest {

    @Test
    @DisplayName("versions compare by major, minor and patch, numerically")
    void comparesNumerically() {
        assertThat(ServerRelease.parse("2.10.27").atLeast("2.9.10")).isTrue();
        assertThat(ServerRelease.parse("2.9.10").atLeast("2.10")).isFalse();
        assertThat(ServerRelease.parse("2.10.22").atLeast("2.10.23")).isFalse();
        assertThat(ServerRelease.parse("2.10.23").atLeast("2.10.23")).isTrue();
        assertThat(ServerRelease.parse("v2.15.1").atLeast("2.11")).isTrue();
    }

    @Test
    @DisplayName("a release candidate counts as its release, and keeps its text for display")
    void releaseCandidates() {
        ServerRelease candidate = ServerRelease.parse("2.11.0-RC.2");
        assertThat(candidate.atLeast("2.11.0")).isTrue();
        assertThat(candidate).hasToString("2.11.0-RC.2");
    }

    @Test
    @DisplayName("text that is no version is refused with what was expected")
    void refusesGarbage() {
        assertThatThrownBy(() -> ServerRelease.parse("latest")).hasMessageContaining("expected e.g. 2.10.27");
    }
}
