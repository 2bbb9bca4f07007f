package workshop.testkit;

import java.nio.file.Path;
import java.util.Optional;
import workshop.tools.ServerSourceOrder;

/**
 * What the test kit asks of the machine to choose a server source: the tools' {@link ServerSourceOrder.Machine},
 * with Docker as Testcontainers sees it. An interface so that the choice can be tested with a
 * made-up machine (no variables, no binary, no Docker…).
 */
public interface HostEnvironment extends ServerSourceOrder.Machine {

    /** Whether Testcontainers can reach a Docker engine. May take a moment: asked last. */
    @Override
    boolean dockerAvailable();

    /** The real machine this JVM runs on. */
    static HostEnvironment system() {
        return new HostEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return ServerSourceOrder.Machine.systemVariable(name);
            }

            @Override
            public boolean isExecutable(Path file) {
                return ServerSourceOrder.Machine.isExecutableFile(file);
            }

            @Override
            public boolean dockerAvailable() {
                try {
                    return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
                } catch (Throwable notUsable) { // no engine, no socket, or Testcontainers itself missing
                    return false;
                }
            }
        };
    }
}
