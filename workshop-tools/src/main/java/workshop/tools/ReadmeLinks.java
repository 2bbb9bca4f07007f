package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds links to a Markdown heading that does not exist. Read are the steps' test sources, their
 * solution sources, their READMEs, and the top-level README.md, INSTRUCTORS.md and AUTHORING.md.
 * Two kinds of link:
 * <ul>
 *     <li>a Markdown link in a Markdown file, {@code [text](#anchor)} or
 *     {@code [text](../step05-consumers-acks/README.md#anchor)}: read from the file's folder, as
 *     GitHub reads it;</li>
 *     <li>any other mention, {@code step05-consumers-acks/README.md#55-pull-ack-and-redeliver} or
 *     {@code README.md#prerequisites}, in a source or a Markdown file: read from the repository root,
 *     where the learner runs {@code ./workshop}. A bare {@code README.md#…} is the top-level README.</li>
 * </ul>
 * An anchor followed by {@code …} is an elided example ({@code README.md#13-…}), not a link; so is
 * Markdown link syntax shown as code (in backticks or a fenced block), which GitHub does not link.
 * A mention in code is still read: {@code `README.md#prerequisites`} in prose is a reference.
 */
final class ReadmeLinks {

    static final List<String> TOP_LEVEL = List.of("README.md", "INSTRUCTORS.md", "AUTHORING.md");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("]\\(([^)\\s#]*)#([^)\\s]*)\\)");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w./-])((?:[\\w-][\\w.-]*/)*[\\w-]+\\.md)#([\\w-]+)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+).+?\\1");

    private final Path root;
    private final Map<Path, Optional<Set<String>>> anchors = new HashMap<>();

    ReadmeLinks(Path root) {
        this.root = root;
    }

    /** The broken links in the steps' files and the top-level documents, each with file:line and what to do. */
    List<String> check(List<Step> steps) {
        List<String> problems = new ArrayList<>();
        for (String document : TOP_LEVEL) {
            Path file = root.resolve(document);
            if (Files.isRegularFile(file)) {
                problems.addAll(checkFile(file, null));
            }
        }
        for (Step step : steps) {
            Path readme = step.moduleDir().resolve("README.md");
            if (Files.isRegularFile(readme)) {
                problems.addAll(checkFile(readme, step));
            }
            for (Path folder : List.of(step.moduleDir().resolve("src/test/java"), step.solutionSources())) {
                for (Path source : javaFiles(folder)) {
                    problems.addAll(checkFile(source, step));
                }
            }
        }
        return problems;
    }

    /** @param step the step the file belongs to, for the advice; null for a top-level document */
    List<String> checkFile(Path file, Step step) {
        String text = Generator.read(file);
        List<String> problems = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        if (file.toString().endsWith(".md")) {
            boolean[] code = codeOf(text);
            Matcher link = MARKDOWN_LINK.matcher(text);
            while (link.find()) {
                if (code[link.start()]) {
                    continue; // shown as code, e.g. an example in AUTHORING.md: GitHub makes no link of it
                }
                String path = link.group(1);
                if (!path.isEmpty() && !path.endsWith(".md")) {
                    continue; // a link to a source file or a picture: no anchor to check
                }
                Path target =
                        path.isEmpty() ? file : file.getParent().resolve(path).normalize();
                problem(file, text, link.start(), path + "#" + link.group(2), target, link.group(2), step, false)
                        .ifPresent(problems::add);
                for (int i = link.start(); i < link.end(); i++) {
                    rest.setCharAt(i, ' '); // read once, as a link, not again as a mention
                }
            }
        }
        Matcher mention = MENTION.matcher(rest);
        while (mention.find()) {
            if (mention.end() < text.length() && text.charAt(mention.end()) == '…') {
                continue;
            }
            Path target = root.resolve(mention.group(1)).normalize();
            problem(
                            file,
                            text,
                            mention.start(),
                            mention.group(),
                            target,
                            mention.group(2),
                            step,
                            !mention.group(1).contains("/"))
                    .ifPresent(problems::add);
        }
        return problems;
    }

    private Optional<String> problem(
            Path file, String text, int offset, String link, Path target, String anchor, Step step, boolean bare) {
        String where = Steps.relative(root, file) + ":" + lineOf(text, offset) + ": " + link;
        Optional<Set<String>> known = anchorsOf(target);
        if (known.isEmpty()) {
            return Optional.of(
                    where + ": there is no " + Steps.relative(root, target) + ": link to a file that exists");
        }
        if (known.get().contains(anchor)) {
            return Optional.empty();
        }
        if (bare
                && step != null
                && anchorsOf(step.moduleDir().resolve("README.md"))
                        .orElse(Set.of())
                        .contains(anchor)) {
            return Optional.of(where + ": the top-level README.md has no #" + anchor
                    + " (a link in a step's files is read from the" + " repository root): write " + step.module()
                    + "/README.md#" + anchor);
        }
        return Optional.of(
                where + ": " + Steps.relative(root, target) + " has no heading with the anchor #" + anchor + ": "
                        + suggestion(known.get(), anchor)
                                .map(near -> "did you mean #" + near + "? ")
                                .orElse("")
                        + "link to one of its headings (anchor: the heading lower-cased, spaces as -, other punctuation dropped)");
    }

    /** An anchor close to the wanted one: the only one that starts with its first word (its exercise number). */
    private static Optional<String> suggestion(Set<String> anchors, String anchor) {
        String firstWord = anchor.contains("-") ? anchor.substring(0, anchor.indexOf('-') + 1) : anchor;
        List<String> near =
                anchors.stream().filter(a -> a.startsWith(firstWord)).toList();
        return near.size() == 1 ? Optional.of(near.getFirst()) : Optional.empty();
    }

    private Optional<Set<String>> anchorsOf(Path markdown) {
        return anchors.computeIfAbsent(
                markdown.normalize(),
                file -> Files.isRegularFile(file)
                        ? Optional.of(MarkdownAnchors.of(Generator.read(file)))
                        : Optional.empty());
    }

    /** Which characters of a Markdown text are code: fenced blocks, and `spans` within a line. */
    private static boolean[] codeOf(String markdown) {
        boolean[] code = new boolean[markdown.length() + 1];
        boolean inFence = false;
        int start = 0;
        for (String line : markdown.split("\n", -1)) {
            boolean fence = MarkdownAnchors.FENCE.matcher(line).find();
            if (fence || inFence) {
                java.util.Arrays.fill(code, start, start + line.length(), true);
            } else {
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    java.util.Arrays.fill(code, start + span.start(), start + span.end(), true);
                }
            }
            if (fence) {
                inFence = !inFence;
            }
            start += line.length() + 1;
        }
        return code;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static List<Path> javaFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
