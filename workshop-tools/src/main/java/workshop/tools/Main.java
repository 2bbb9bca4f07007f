package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./workshop <command>}: the entry point of the workshop's own tools. Bare {@code ./workshop}
 * on a terminal is {@code watch} on the next unsolved exercise. Results go to standard output,
 * errors to standard error; the exit codes are the ones {@link #EXIT_CODES} lists.
 */
public final class Main {

    /** One command: how it is called and what it does, for {@code help} and {@code <command> --help}. */
    record Command(String name, String usage, String summary, String details, boolean forLearners) {}

    static final List<Command> COMMANDS = List.of(
            new Command("doctor", "doctor", "is this machine ready? each problem with its fix", """
                    Checks what the workshop needs and prints the fix for each problem: a JDK 21+, the Maven
                    wrapper, the NATS server the tests will use (and its version; for a NATS_URL server also
                    whether JetStream is on), the exercises that need a newer server than that one, port 4222
                    for the demos, and the nats CLI (optional). An instructor sends learners this before the day.""", true),
            new Command("status", "status", "every exercise: solved or not yet, and what is next", """
                    Reads the latest results of ./mvnw test, ./workshop test and ./workshop watch (it runs
                    nothing) and prints every exercise as solved, not yet, not run or needs a newer server,
                    then the next exercise: its file and its README section.""", true),
            new Command(
                    "test",
                    "test <step>|<exercise> [--wire]",
                    "run the tests on your code, exercise by exercise",
                    """
                    Runs the tests with Maven (its output goes to .workshop/logs/) and reports exercise by
                    exercise, with the lines of the first failure that decide. A progress line shows what
                    Maven is doing. With --wire, every Use test's NATS traffic is recorded, frame by
                    frame, in .workshop/wire/<step>/, and a red exercise shows the last frames its
                    first red test sent and received (what the frames mean: ./workshop help spy).
                    Examples: ./workshop test 1    ./workshop test 1.3    ./workshop test 5.3 --wire""",
                    true),
            new Command(
                    "watch",
                    "watch [<step>|<exercise>]",
                    "re-run the tests on every save (bare ./workshop)",
                    """
                    Stays running: every save recompiles the saved file in process and runs its exercise's
                    tests, result in about half a second. Without an argument it starts on the next unsolved
                    exercise, as bare ./workshop does. Type a key, then Enter:
                      h  the next hint for the current exercise     n  go on to the next exercise
                      l  list the step's exercises                  r  run all of the step's tests
                      w  the exercise's tests again, with their NATS frames (Use track)
                      s  the solution's difference (asks first)     q  quit (Ctrl-C works too)
                    Enter alone runs all of the step's tests.""",
                    true),
            new Command("hint", "hint <exercise> [--reset]", "the next hint for an exercise, one at a time", """
                    Prints the exercise's next hint, gentlest first: the same hints as the README's
                    <details> sections, one per call. --reset starts over at Hint 1.""", true),
            new Command(
                    "solution", "solution <exercise>", "the reference solution's difference to your file", """
                    Shows, as a diff, how your file differs from the reference solution in the lines of that
                    exercise only (a file may hold several exercises). Lines with - are yours, + the reference's.""", true),
            new Command("reset", "reset <step>", "your step back to its skeleton (code backed up)", """
                    Writes the step's generated skeleton over src/main/java. Your files are copied to
                    .workshop/backups/<step>-<time>/ first, and the step's test results are cleared.""", true),
            new Command("spy", "spy [--port P] [--to URL]", "a proxy that prints every NATS protocol frame", """
                    Listens on 127.0.0.1 (port P, or a free one) and forwards every connection to the server
                    (--to, else NATS_URL, else nats://127.0.0.1:4222), printing each frame in both directions,
                    one per line: CONNECT (credentials masked), INFO, SUB, PUB and MSG with headers and the
                    start of the payload, PING/PONG, +OK/-ERR, and what JetStream frames mean (stream and
                    consumer requests, pull requests, acks, flow control, heartbeats, publish acks).
                    Point a client at it: NATS_URL=nats://127.0.0.1:P. Ctrl-C stops it.
                    Example: ./workshop spy --port 4333 --to nats://127.0.0.1:4222""", true),
            new Command("version", "version", "the workshop's version, commit and Java", "", true),
            new Command("help", "help [<command>]", "this list, or what one command does", "", true),
            new Command(
                    "generate", "generate [step...]", "skeletons and README exercises from the solutions", """
                    Writes each step's skeleton and its README's exercise sections from the solution and
                    exercises.json. Without a step, also README.md's NATS server sources, from
                    workshop-tools' ServerSourceOrder.""", false),
            new Command(
                    "check",
                    "check [--verbose] [step...]",
                    "the drift check: skeletons match the solutions",
                    """
                    Fails when a skeleton or README exercise section is not what ./workshop generate writes, when the
                    public API of skeleton and solution differ, when a test's Exercise.of names an id its step lacks,
                    when a link names a README heading that does not exist, or when the code implies a "needs" that
                    exercises.json lacks. Without a step, also checks README.md's NATS server sources and that no
                    lesson code line is wider than 120 characters. --verbose also
                    prints, per step, which exercise uses which, and why.""",
                    false),
            new Command("honesty", "honesty [step...]", "red on the skeleton, green on the solution", "", false),
            new Command(
                    "mistakes",
                    "mistakes [--verbose] [--complete] [<step>|<exercise>]",
                    "the tests reject the mistakes learners make",
                    """
                    Applies each mistake of solutions/<step>/mistakes.md to the solution, compiles it in process and
                    runs its exercise's tests until the first failure. Fails on a mistake that survives (every test
                    passes), one whose first failure does not say the mistake's "Says" words, one that no longer
                    applies or compiles. An exercise with fewer mistakes than its track asks (3 for Build, 1 for
                    Use) is listed; with --complete it fails the run too. Use exercises need a NATS server, as their tests do. --verbose also
                    shows the first failure of each caught mistake.""",
                    false),
            new Command(
                    "mutation",
                    "mutation [--verbose] [step...]",
                    "PIT's mutation score of the Build regions",
                    """
                    Runs PIT (the root pom's mutation profile) on the solutions with the Build track's tests and
                    prints, per step and Build exercise, how many of the mutations inside the exercise regions
                    a test detected. --verbose lists the survivors, file:line and what PIT changed. Takes minutes.""",
                    false),
            new Command("summary", "summary [label]", "what the last solutions run reported", "", false));

    static final String EXIT_CODES = """
            Exit codes:
              0  done: what was checked is fine (tests green, machine ready, no drift)
              1  not yet: a test is red, the code does not compile, or a check failed
              2  wrong use: an unknown command or bad arguments, or a malformed file""";

    private Main() {}

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("workshop.root", "."))
                .toAbsolutePath()
                .normalize();
        System.exit(run(root, args, Terminal.system()));
    }

    static int run(Path root, String[] args, PrintStream out) {
        return run(root, args, Terminal.plain(out));
    }

    static int run(Path root, String[] args, Terminal terminal) {
        PrintStream out = terminal.out();
        if (args.length == 0) {
            if (!terminal.interactive()) { // a script or a pipe gets the list, not a watch that waits for keys forever
                out.println(usage());
                return 0;
            }
            return guarded(
                    () -> new WatchCommand(root, terminal, System.in).run(List.of()),
                    terminal,
                    command("watch").orElseThrow());
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
            return help(rest, terminal);
        }
        if (name.equals("version") || name.equals("--version") || name.equals("-V")) {
            out.println(Version.describe(root));
            return 0;
        }
        Optional<Command> command = command(name);
        if (command.isEmpty()) {
            terminal.error("unknown command '" + name + "'." + suggestion(name));
            terminal.err().println("./workshop help lists every command.");
            return 2;
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            terminal.out().println(help(command.get()));
            return 0;
        }
        try {
            return switch (name) {
                case "generate" -> generate(root, rest, out);
                case "check" -> check(root, rest, out);
                case "honesty" -> new HonestyCheck(root, out).run(Step.select(root, rest)) ? 0 : 1;
                case "mutation" ->
                    new MutationScores(root, out)
                            .run(
                                    rest.stream()
                                            .filter(a -> !a.equals("--verbose"))
                                            .toList(),
                                    rest.contains("--verbose"));
                case "mistakes" -> new MistakesCommand(root, out).run(rest);
                case "summary" -> new SummaryCommand(root, out).run(rest);
                case "doctor" -> new DoctorCommand(root, DoctorHost.system(), out).run();
                case "status" -> new StatusCommand(root, terminal).run();
                case "test" -> new TestCommand(root, terminal).run(rest);
                case "watch" -> new WatchCommand(root, terminal, System.in).run(rest);
                case "hint" -> new HintCommand(root, out).run(rest);
                case "solution" -> new SolutionCommand(root, out).run(rest);
                case "reset" -> new ResetCommand(root, out, java.time.LocalDateTime.now()).run(rest);
                case "spy" -> new SpyCommand(terminal, System.getenv("NATS_URL")).run(rest);
                default -> throw new IllegalStateException("no code for the command " + name);
            };
        } catch (UsageException e) {
            terminal.error(e.getMessage());
            terminal.err()
                    .println("Usage: ./workshop " + command.get().usage() + "   (more: ./workshop help " + name + ")");
            return 2;
        } catch (RuntimeException e) { // bad arguments, malformed metadata or regions, unreadable files
            terminal.error(e.getMessage());
            return 2;
        }
    }

    private static int guarded(java.util.function.IntSupplier action, Terminal terminal, Command command) {
        try {
            return action.getAsInt();
        } catch (UsageException e) {
            terminal.error(e.getMessage());
            terminal.err()
                    .println("Usage: ./workshop " + command.usage() + "   (more: ./workshop help " + command.name()
                            + ")");
            return 2;
        } catch (RuntimeException e) {
            terminal.error(e.getMessage());
            return 2;
        }
    }

    /** A command called the wrong way: Main prints the message and the command's usage on standard error, exit code 2. */
    static final class UsageException extends IllegalArgumentException {
        UsageException(String message) {
            super(message);
        }
    }

    static Optional<Command> command(String name) {
        return COMMANDS.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static int help(List<String> rest, Terminal terminal) {
        if (rest.isEmpty()) {
            terminal.out().println(usage());
            return 0;
        }
        Optional<Command> command = command(rest.getFirst());
        if (command.isEmpty()) {
            terminal.error("no command '" + rest.getFirst() + "'." + suggestion(rest.getFirst()));
            terminal.err().println("./workshop help lists every command.");
            return 2;
        }
        terminal.out().println(help(command.get()));
        return 0;
    }

    static String help(Command command) {
        StringBuilder text =
                new StringBuilder("Usage: ./workshop ").append(command.usage()).append("\n\n");
        text.append(command.details().isEmpty() ? capitalised(command.summary()) + "." : reflow(command.details(), 78))
                .append("\n\n");
        return text.append(EXIT_CODES).toString();
    }

    /** The list of commands: at most 80 columns, plain ASCII. */
    static String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: ./workshop [command] [arguments]     (workshop.cmd on Windows)
                       ./workshop                           watch mode on your next exercise
                       ./workshop help <command>            what one command does

                For learners:
                """);
        COMMANDS.stream().filter(Command::forLearners).forEach(c -> text.append(entry(c)));
        text.append("\nFor authors:\n");
        COMMANDS.stream().filter(c -> !c.forLearners()).forEach(c -> text.append(entry(c)));
        text.append("""

                A step is named by its folder (step01-core-pubsub) or its number (1), an
                exercise by its id (1.3). <command> --help works too. Colour only on a
                terminal; NO_COLOR=1 turns it off.

                """);
        return text.append(EXIT_CODES).toString();
    }

    private static String entry(Command command) {
        String usage = command.usage();
        String line = String.format("  %-26s %s", usage, command.summary());
        if (usage.length() > 26 || line.length() > 80) {
            return "  " + usage + "\n" + " ".repeat(29) + command.summary() + "\n";
        }
        return line + "\n";
    }

    private static String suggestion(String name) {
        return COMMANDS.stream()
                .map(Command::name)
                .filter(known -> known.startsWith(name.replaceFirst("^-+", "")) || distance(known, name) <= 2)
                .findFirst()
                .map(known -> " Did you mean '" + known + "'?")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }

    /** Reflows running text to {@code width} columns; an indented line (a table, an example) stays as written. */
    static String reflow(String text, int width) {
        StringBuilder result = new StringBuilder();
        StringBuilder line = new StringBuilder();
        for (String source : text.strip().lines().toList()) {
            if (source.startsWith(" ") || source.startsWith("Example")) {
                if (!line.isEmpty()) {
                    result.append(line).append('\n');
                    line.setLength(0);
                }
                result.append(source).append('\n');
                continue;
            }
            for (String word : source.strip().split(" +")) {
                if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                    result.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(line.isEmpty() ? "" : " ").append(word);
            }
        }
        if (!line.isEmpty()) {
            result.append(line).append('\n');
        }
        return result.toString().stripTrailing();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int generate(Path root, List<String> names, PrintStream out) {
        for (Step step : Step.select(root, names)) {
            Generator.generate(step);
            out.println("generated " + step.module() + "/src/main/java and its README's exercise sections");
        }
        if (names.isEmpty() && ReadmeServerSources.generate(root)) {
            out.println("generated README.md's NATS server sources from workshop-tools' ServerSourceOrder");
        }
        return 0;
    }

    private static int check(Path root, List<String> arguments, PrintStream out) {
        boolean verbose = arguments.contains("--verbose") || arguments.contains("-v");
        List<String> names = arguments.stream()
                .filter(a -> !a.equals("--verbose") && !a.equals("-v"))
                .toList();
        List<Step> steps = Step.select(root, names);
        DriftCheck drift = new DriftCheck();
        List<String> problems = new ArrayList<>(drift.run(root, steps));
        if (names.isEmpty()) {
            problems.addAll(ReadmeServerSources.problems(root));
            problems.addAll(LessonCodeWidth.problems(root));
        }
        if (verbose) {
            out.println(
                    "Which exercise uses which (derived from the code; \"needs\" must cover each, directly or transitively):");
            drift.uses().forEach(out::println);
        }
        drift.notes().forEach(note -> out.println("note: " + note));
        if (problems.isEmpty()) {
            out.println(
                    "NO DRIFT: " + steps.size() + " step(s): skeletons and READMEs are what their solutions generate;"
                            + " every Exercise.of id, README link and need is in place.");
            return 0;
        }
        problems.forEach(problem -> out.println("DRIFT " + problem));
        out.println(problems.size()
                + " problem(s). A generated file that differs: run ./workshop generate, review the diff, and commit it;"
                + " the others say what to do.");
        return 1;
    }
}
