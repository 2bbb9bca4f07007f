package workshop.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the {@code TEST-*.xml} files Surefire writes into a module's report folder, and writes the
 * same format for {@code ./workshop watch}, so that {@code status} reads both alike.
 */
final class SurefireReports {

    private SurefireReports() {}

    /** The skeleton run's reports: {@code <module>/target/surefire-reports}. */
    static Path skeletonReports(Step step) {
        return step.moduleDir().resolve("target/surefire-reports");
    }

    /** The solutions run's reports: {@code <module>/target/solutions/surefire-reports}. */
    static Path solutionReports(Step step) {
        return step.moduleDir().resolve("target/solutions/surefire-reports");
    }

    /** The results {@code ./workshop watch} wrote for a step: {@code .workshop/results/<module>}. */
    static Path watchReports(Step step) {
        return step.root().resolve(".workshop/results").resolve(step.module());
    }

    /** One test class's report file: when it was written and what it holds. */
    record ClassReport(String testClass, FileTime written, List<TestResult> results) {}

    /**
     * The newest report of every test class found in any of the folders (a class the watch ran after
     * Maven did counts as the watch reported it), by class name.
     */
    static Map<String, ClassReport> latestByClass(List<Path> folders) {
        Map<String, ClassReport> latest = new TreeMap<>();
        for (Path folder : folders) {
            for (Path file : reportFiles(folder)) {
                String name = file.getFileName().toString();
                String testClass = name.substring("TEST-".length(), name.length() - ".xml".length());
                FileTime written = lastModified(file);
                ClassReport known = latest.get(testClass);
                if (known == null || written.compareTo(known.written()) > 0) {
                    latest.put(testClass, new ClassReport(testClass, written, readFile(file)));
                }
            }
        }
        return latest;
    }

    /** Writes one test class's results as {@code TEST-<class>.xml}, in the shape Surefire uses. */
    static void write(Path folder, String testClass, List<TestResult> results) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"")
                .append(escape(testClass))
                .append("\" tests=\"")
                .append(results.size())
                .append("\">\n");
        for (TestResult result : results) {
            xml.append("  <testcase name=\"")
                    .append(escape(result.displayName()))
                    .append("\" classname=\"")
                    .append(escape(result.testClass()))
                    .append("\"");
            String tag = switch (result.outcome()) {
                case PASSED -> null;
                case FAILED -> "failure";
                case ERROR -> "error";
                case SKIPPED -> "skipped";
            };
            if (tag == null) {
                xml.append("/>\n");
            } else {
                xml.append(">\n    <")
                        .append(tag)
                        .append(" message=\"")
                        .append(escape(result.message()))
                        .append("\"/>\n  </testcase>\n");
            }
        }
        xml.append("</testsuite>\n");
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("TEST-" + testClass + ".xml"), xml);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the results of " + testClass + " to " + folder, e);
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\n' -> escaped.append("&#10;");
                case '\r' -> escaped.append("&#13;");
                case '\t' -> escaped.append("&#9;");
                default -> {
                    if (c >= 0x20 || c == 0x9) {
                        escaped.append(c); // other control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static List<Path> reportFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + folder, e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Every test case in the folder; empty when the folder does not exist. */
    static List<TestResult> read(Path folder) {
        List<TestResult> results = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return results;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
                    .sorted()
                    .toList()) {
                results.addAll(readFile(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + folder, e);
        }
        return results;
    }

    private static List<TestResult> readFile(Path file) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(file.toFile());
            NodeList cases = document.getElementsByTagName("testcase");
            List<TestResult> results = new ArrayList<>();
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                results.add(new TestResult(
                        testCase.getAttribute("classname"),
                        testCase.getAttribute("name"),
                        outcome(testCase),
                        message(testCase)));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    private static TestResult.Outcome outcome(Element testCase) {
        if (child(testCase, "failure") != null) {
            return TestResult.Outcome.FAILED;
        }
        if (child(testCase, "error") != null) {
            return TestResult.Outcome.ERROR;
        }
        if (child(testCase, "skipped") != null) {
            return TestResult.Outcome.SKIPPED;
        }
        return TestResult.Outcome.PASSED;
    }

    /**
     * The message of a report that has no message attribute (Surefire writes an assumption's skip that
     * way): the first line of its stack trace, {@code org.opentest4j.TestAbortedException: Unset NATS_URL…},
     * for a skip without the exception's type (the reason is all a learner needs); the type alone when
     * there is no text.
     */
    private static String messageInTrace(Element problem, boolean skip) {
        String type = problem.getAttribute("type");
        String firstLine = problem.getTextContent().strip().lines().findFirst().orElse("");
        if (skip && !type.isEmpty() && firstLine.startsWith(type + ": ")) {
            return firstLine.substring(type.length() + 2);
        }
        return firstLine.isEmpty() ? type : firstLine;
    }

    private static String message(Element testCase) {
        for (String tag : List.of("failure", "error", "skipped")) {
            Element problem = child(testCase, tag);
            if (problem != null) {
                String message = problem.getAttribute("message");
                String shown = message.isEmpty() ? messageInTrace(problem, tag.equals("skipped")) : message;
                if (FailureSummary.notSolved(shown).isEmpty()) {
                    // an unsolved exercise behind a timeout or another wrapper: its stack trace has it as a cause
                    var cause = FailureSummary.notSolved(problem.getTextContent());
                    if (cause.isPresent()) {
                        return shown + TestResult.UNSOLVED_CAUSE + cause.get();
                    }
                }
                return shown;
            }
        }
        return "";
    }

    private static Element child(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }
}
