package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** {@code ./workshop <command>}: the entry point of the workshop's own tools. */
public final class Main {

    private static final String USAGE = """
            Usage: ./workshop <command> [step…]      (workshop.cmd on Windows)

              generate [step…]   write each step's skeleton and README exercise sections from its solution
              check [step…]      the drift check: skeletons and READMEs are exactly what the solutions generate
              honesty [step…]    run the tests on skeletons and solutions: red on the skeleton, green on the solution

            A step is named by its folder (step01-core-pubsub) or its number (1).""";

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
