import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Launches the workshop's tools without Maven: compiles workshop-tools/src/main/java into
 * .workshop/classes when a source is newer than the last compile, then runs workshop.tools.Main.
 * Started by ./workshop and workshop.cmd as a single-file Java program.
 */
public class Workshop {

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 21) {
            System.err.println("The workshop needs JDK 21 or newer; this is Java " + Runtime.version()
                    + " (" + System.getProperty("java.home") + ").\nInstall JDK 21+ and point JAVA_HOME at it. See README.md#prerequisites.");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("workshop.root", ".")).toAbsolutePath().normalize();
        Path sources = root.resolve("workshop-tools/src/main/java");
        Path classes = root.resolve(".workshop/classes");
        compileIfStale(sources, classes);
        System.setProperty("workshop.root", root.toString());
        try (var loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, Workshop.class.getClassLoader())) {
            loader.loadClass("workshop.tools.Main").getMethod("main", String[].class).invoke(null, (Object) args);
        }
    }

    private static void compileIfStale(Path sources, Path classes) throws IOException {
        Path stamp = classes.resolve(".compiled");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        FileTime compiled = Files.exists(stamp) ? Files.getLastModifiedTime(stamp) : FileTime.fromMillis(0);
        boolean stale = files.stream().anyMatch(f -> {
            try {
                return Files.getLastModifiedTime(f).compareTo(compiled) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!stale) {
            return;
        }
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8", "-nowarn"));
        files.forEach(f -> arguments.add(f.toString()));
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        if (result != 0) {
            System.err.println("Could not compile the workshop's tools (workshop-tools/src/main/java).");
            System.exit(2);
        }
        Files.writeString(stamp, "");
    }
}
