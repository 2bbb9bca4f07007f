package workshop.testkit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the test kit asks of the machine to choose a server source. An interface so that the choice
 * can be tested with a made-up machine (no variables, no binary, no Docker…).
 */
public interface HostEnvironment {

    /** The environment variable's value, or empty when it is unset or blank. */
    Optional<String> variable(String name);

    /** Whether the file exists and may be executed. */
    boolean isExecutable(Path file);

    /** Whether Testcontainers can reach a Docker engine. May take a moment: ask last. */
    boolean dockerAvailable();

    /** The real machine this JVM runs on. */
    static HostEnvironment system() {
        return new HostEnvironment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
            }

            @Override
            public boolean isExecutable(Path file) {
                return Files.isRegularFile(file) && Files.isExecutable(file);
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

    /** The directories of PATH, in order. */
    default String[] pathDirectories() {
        return variable("PATH").map(path -> path.split(File.pathSeparator)).orElse(new String[0]);
    }
}
