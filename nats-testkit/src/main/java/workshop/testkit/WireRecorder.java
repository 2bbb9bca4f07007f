package workshop.testkit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import workshop.tools.wire.WireEvent;
import workshop.tools.wire.WireFiles;
import workshop.tools.wire.WireSpy;

/**
 * {@code ./workshop test <step> --wire} (and the watch's {@code w} key): when {@code WORKSHOP_WIRE}
 * names a folder, every connection {@link NatsServer#connect()} makes goes through a wire spy
 * (workshop-tools' {@link WireSpy}) in front of the class's server, and each test's frames are
 * written to {@code <folder>/<test class>/<test>.wire} ({@link WireFiles}). Without it, nothing changes.
 */
final class WireRecorder {

    private static final Map<String, WireSpy> SPIES = new ConcurrentHashMap<>();
    private static BufferedWriter current;

    private WireRecorder() {}

    /** The URL to connect to: the server's own, or, when recording, that of a spy in front of it. */
    static String urlFor(String serverUrl) {
        if (WireFiles.folder().isEmpty()) {
            return serverUrl;
        }
        return SPIES.computeIfAbsent(serverUrl, url -> {
                    try {
                        return new WireSpy(0, WireSpy.address(url), WireRecorder::record);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not start the wire spy in front of " + url, e);
                    }
                })
                .url();
    }

    /** From now on the frames belong to this test. */
    static synchronized void testStarted(String testClass, String displayName) {
        testFinished();
        Optional<Path> folder = WireFiles.folder();
        if (folder.isEmpty()) {
            return;
        }
        Path file = WireFiles.of(folder.get(), testClass, displayName);
        try {
            Files.createDirectories(file.getParent());
            current = Files.newBufferedWriter(file);
            current.write("# " + displayName);
            current.newLine();
            current.flush();
        } catch (IOException e) {
            current = null; // recording is a help, never a reason for a test to fail
        }
    }

    static synchronized void testFinished() {
        if (current != null) {
            try {
                current.close();
            } catch (IOException ignored) {
                // the frames so far are written
            }
            current = null;
        }
    }

    /** The class's server has stopped: so does its spy. */
    static void serverStopped(String serverUrl) {
        WireSpy spy = SPIES.remove(serverUrl);
        if (spy != null) {
            spy.close();
        }
    }

    private static synchronized void record(WireEvent event) {
        if (current == null) {
            return;
        }
        try {
            current.write(event.toString());
            current.newLine();
            current.flush();
        } catch (IOException ignored) {
            // as above: never fail a test for its recording
        }
    }

    /** Stops the spy of a server when the test class's store closes. */
    record StopWith(String serverUrl) implements AutoCloseable {
        @Override
        public void close() {
            serverStopped(serverUrl);
        }
    }
}
