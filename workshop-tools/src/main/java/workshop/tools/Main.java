package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code ./workshop <command>}: the entry point of the workshop's own tools. */
public final class Main {

    private static final String USAGE = """
            Usage: ./workshop <command> …      (workshop.cmd on Windows)

            For learners:
              doctor               check this machine: JDK, Maven wrapper, a NATS server, port 4222; prints each fix
              status               every step and exercise, solved or not yet, and what to do next
              test <step>          run a step's tests on your code, reported exercise by exercise
              test <exercise>      run one exercise's tests, e.g. test 1.3
              watch <step>         run the tests again on every save, in well under two seconds
              hint <exercise>      the next hint for an exercise, one at a time (--reset starts over)
              solution <exercise>  the reference solution's difference to your file, for that exercise
              reset <step>         put the step's unsolved skeleton back (your code is backed up in .workshop/backups)

            For authors:
              generate [step…]     write each step's skeleton and README exercise sections from its solution
              check [step…]        the drift check: skeletons and READMEs are exactly what the solutions generate
              honesty [step…]      run the tests on skeletons and solutions: red on the skeleton, green on the solution
              summary [label]      what the last solutions run reported per step: tests, passed, failed, skipped and why

            A step is named by its folder (step01-core-pubsub) or its number (1); an exercise by its id (1.3).""";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Path.of(System.getProperty("workshop.root", ".")).toAbsolutePath().normalize(), args, System.out));
    }

    static int run(Path root, String[] args, PrintStream out) {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            out.println(USAGE);
            return 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "generate" -> generate(root, rest, out);
                case "check" -> check(root, rest, out);
                case "honesty" -> new HonestyCheck(root, out).run(Step.select(root, rest)) ? 0 : 1;
                case "summary" -> new SummaryCommand(root, out).run(rest);
                case "doctor" -> new DoctorCommand(root, DoctorHost.system(), out).run();
                case "status" -> new StatusCommand(root, out).run();
                case "test" -> new TestCommand(root, out).run(rest);
                case "watch" -> new WatchCommand(root, out).run(rest);
                case "hint" -> new HintCommand(root, out).run(rest);
                case "solution" -> new SolutionCommand(root, out).run(rest);
                case "reset" -> new ResetCommand(root, out, java.time.LocalDateTime.now()).run(rest);
                default -> {
                    out.println("Unknown command '" + args[0] + "'.");
                    out.println(USAGE);
                    yield 2;
                }
            };
        } catch (RuntimeException e) { // bad arguments, malformed metadata or regions, unreadable files
            out.println("ERROR " + e.getMessage());
            return 2;
        }
    }

    private static int generate(Path root, List<String> names, PrintStream out) {
        for (Step step : Step.select(root, names)) {
            Generator.generate(step);
            out.println("generated " + step.module() + "/src/main/java and its README's exercise sections");
        }
        return 0;
    }

    private static int check(Path root, List<String> names, PrintStream out) {
        List<Step> steps = Step.select(root, names);
        DriftCheck drift = new DriftCheck();
        List<String> problems = drift.run(steps);
        drift.notes().forEach(note -> out.println("note: " + note));
        if (problems.isEmpty()) {
            out.println("NO DRIFT: " + steps.size() + " step(s): skeletons and READMEs are what their solutions generate.");
            return 0;
        }
        problems.forEach(problem -> out.println("DRIFT " + problem));
        out.println("Run ./workshop generate, review the diff, and commit it.");
        return 1;
    }
}
