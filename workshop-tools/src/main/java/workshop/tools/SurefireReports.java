package workshop.tools;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the {@code TEST-*.xml} files Surefire writes into a module's report folder. */
final class SurefireReports {

    private SurefireReports() {
    }

    /** The skeleton run's reports: {@code <module>/target/surefire-reports}. */
    static Path skeletonReports(Step step) {
        return step.moduleDir().resolve("target/surefire-reports");
    }

    /** The solutions run's reports: {@code <module>/target/solutions/surefire-reports}. */
    static Path solutionReports(Step step) {
        return step.moduleDir().resolve("target/solutions/surefire-reports");
    }

    /** Every test case in the folder; empty when the folder does not exist. */
    static List<TestResult> read(Path folder) {
        List<TestResult> results = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return results;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
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
                results.add(new TestResult(testCase.getAttribute("classname"), testCase.getAttribute("name"),
                        outcome(testCase), message(testCase)));
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

    private static String message(Element testCase) {
        for (String tag : List.of("failure", "error", "skipped")) {
            Element problem = child(testCase, tag);
            if (problem != null) {
                String message = problem.getAttribute("message");
                return message.isEmpty() ? problem.getAttribute("type") : message;
            }
        }
        return "";
    }

    private static Element child(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }
}
