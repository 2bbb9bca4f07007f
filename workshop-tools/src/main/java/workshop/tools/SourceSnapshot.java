package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The state of a few source folders at one moment: every file's modification time and size.
 * Comparing two snapshots tells which files were saved, created or deleted in between. Polling a
 * step's few dozen files every 100 ms costs nothing, and behaves the same on Linux, macOS (where the
 * JDK's WatchService only polls, every few seconds) and Windows.
 */
record SourceSnapshot(Map<Path, String> files) {

    static SourceSnapshot of(List<Path> folders) {
        Map<Path, String> files = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    try {
                        files.put(file, Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file));
                    } catch (NoSuchFileException deletedMeanwhile) {
                        // an editor's temporary file, gone already
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // a folder being rewritten right now: the next poll sees it settled
            }
        }
        return new SourceSnapshot(files);
    }

    /** Files saved, created or deleted since {@code earlier}. */
    List<Path> changedSince(SourceSnapshot earlier) {
        var all = new TreeSet<>(files.keySet());
        all.addAll(earlier.files.keySet());
        List<Path> changed = new ArrayList<>();
        for (Path file : all) {
            if (!Objects.equals(files.get(file), earlier.files.get(file))) {
                changed.add(file);
            }
        }
        return changed;
    }
}
