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
import javax.tools.ToolProvider;

/**
 * Launches the workshop's tools without Maven: compiles workshop-tools/src/main/java, together with
 * the plain-JDK code it uses from workshop-given/src/main/java (the JSON reader), into
 * .workshop/classes when a source is newer than the last compile or a source was added or removed,
 * then runs workshop.tools.Main. Started by ./workshop and workshop.cmd as a single-file Java program.
 */
public class Workshop {

    public static void main(String[] args) throws Exception {
        if (Runtime.version().feature() < 21) {
            System.err.println("The workshop needs JDK 21 or newer; this is Java " + Runtime.version() + " ("
                    + System.getProperty("java.home")
                    + ").\nInstall JDK 21+ and point JAVA_HOME at it. See README.md#prerequisites.");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("workshop.root", "."))
                .toAbsolutePath()
                .normalize();
        List<Path> sources =
                List.of(root.resolve("workshop-tools/src/main/java"), root.resolve("workshop-given/src/main/java"));
        Path classes = root.resolve(".workshop/classes");
        compileIfStale(sources, classes);
        System.setProperty("workshop.root", root.toString());
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, Workshop.class.getClassLoader())) {
            loader.loadClass("workshop.tools.Main")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        }
    }

    /**
     * Compiles when a source is newer than the last compile, or the list of sources changed (a class
     * deleted or renamed must not live on in old .class files): then into an emptied folder.
     */
    private static void compileIfStale(List<Path> sourceFolders, Path classes) throws IOException {
        Path stamp = classes.resolve(".compiled");
        List<Path> files = new ArrayList<>();
        for (Path folder : sourceFolders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(files::add);
            }
        }
        String fileList = String.join("\n", files.stream().map(Path::toString).toList());
        FileTime compiled = Files.exists(stamp) ? Files.getLastModifiedTime(stamp) : FileTime.fromMillis(0);
        boolean stale = !Files.exists(stamp)
                || !Files.readString(stamp).equals(fileList)
                || files.stream().anyMatch(f -> {
                    try {
                        return Files.getLastModifiedTime(f).compareTo(compiled) > 0;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        if (!stale) {
            return;
        }
        deleteRecursively(classes);
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-encoding", "UTF-8", "-nowarn"));
        files.forEach(f -> arguments.add(f.toString()));
        int result = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        if (result != 0) {
            System.err.println(
                    "Could not compile the workshop's tools (workshop-tools/src/main/java and workshop-given/src/main/java).");
            System.exit(2);
        }
        Files.writeString(stamp, fileList);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
