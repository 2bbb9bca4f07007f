package workshop.tools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a folder of Java sources in this JVM with the JDK's compiler (javax.tools), the way Maven
 * would for the step ({@code --release 21}). The compiler and its file manager stay warm between
 * calls, which is most of what makes {@code ./workshop watch} fast.
 */
final class StepCompiler implements AutoCloseable {

    private final Path root;
    private final JavaCompiler compiler;
    private final StandardJavaFileManager files;

    StepCompiler(Path root) {
        this.root = root;
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(
                    "This Java has no compiler: a JDK is needed, not a JRE (./workshop doctor)");
        }
        this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    }

    /**
     * Compiles every {@code .java} file under {@code sources} into a fresh {@code output} folder.
     *
     * @return the errors, as {@code path:line: message} with the offending line; empty on success
     */
    List<String> compileAll(Path sources, Path output, List<Path> classpath) {
        Folders.deleteTree(output);
        return compile(javaFiles(sources), output, classpath);
    }

    /**
     * Compiles just these files into {@code output}, next to the classes already there (which are on
     * the classpath, so the files may use them). A method body changed: this is all it takes.
     */
    List<String> compile(List<Path> javaFiles, Path output, List<Path> classpath) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (javaFiles.isEmpty()) {
            return List.of();
        }
        List<Path> fullClasspath = new ArrayList<>(classpath);
        fullClasspath.add(output);
        List<String> options = List.of(
                "--release",
                "21",
                "-encoding",
                "UTF-8",
                "-g",
                "-proc:none",
                "-implicit:none",
                "-nowarn",
                "-d",
                output.toString(),
                "-cp",
                fullClasspath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(javaFiles);
        boolean ok =
                compiler.getTask(null, files, diagnostics, options, null, units).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(describe(d));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add("the compiler failed without saying why");
        }
        return errors;
    }

    private String describe(Diagnostic<? extends JavaFileObject> d) {
        String where = d.getSource() == null
                ? ""
                : Steps.relative(root, Path.of(d.getSource().toUri())) + ":" + d.getLineNumber() + ": ";
        String message = d.getMessage(Locale.ROOT);
        String code = "";
        if (d.getSource() != null && d.getLineNumber() > 0) {
            try {
                List<String> lines = Files.readAllLines(Path.of(d.getSource().toUri()));
                code = "\n      " + lines.get((int) d.getLineNumber() - 1).strip();
            } catch (IOException | IndexOutOfBoundsException e) {
                code = "";
            }
        }
        return where + message.lines().findFirst().orElse(message) + code;
    }

    /** The fully qualified names of the top-level classes of the sources, from their paths. */
    static List<String> classNames(Path sources) {
        return javaFiles(sources).stream()
                .map(file -> sources.relativize(file).toString().replace('\\', '/'))
                .filter(name -> !name.endsWith("package-info.java") && !name.endsWith("module-info.java"))
                .map(name -> name.substring(0, name.length() - ".java".length()).replace('/', '.'))
                .toList();
    }

    static List<Path> javaFiles(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(sources)) {
            return walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            files.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
