package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./workshop doctor}: checks that this machine can run the workshop (a JDK 21+, the Maven
 * wrapper, a NATS server for the Use track, port 4222 for the demos) and prints the fix for each
 * problem. An instructor sends learners this before the day.
 */
final class DoctorCommand {

    static final int MINIMUM_JAVA = 21;
    static final int DEMO_PORT = 4222;
    private static final Pattern MAVEN_VERSION = Pattern.compile("Apache Maven (\\S+)");
    private static final Pattern MAVEN_JAVA = Pattern.compile("Java version: (\\d+)([^,\\s]*)");

    /** One check's outcome; {@code fix} is what to do, empty when nothing is needed. */
    record Finding(String topic, boolean ok, String detail, String fix) {

        static Finding ok(String topic, String detail) {
            return new Finding(topic, true, detail, "");
        }

        static Finding fix(String topic, String detail, String fix) {
            return new Finding(topic, false, detail, fix);
        }
    }

    private final Path root;
    private final DoctorHost host;
    private final PrintStream out;

    DoctorCommand(Path root, DoctorHost host, PrintStream out) {
        this.root = root;
        this.host = host;
        this.out = out;
    }

    int run() {
        out.println("Checking this machine for the workshop...");
        List<Finding> findings = new ArrayList<>();
        NatsSourceCheck nats = new NatsSourceCheck(host);
        for (var check : List.<java.util.function.Supplier<Finding>>of(
                this::java,
                this::maven,
                nats::check,
                () -> newerServerNeeded(nats.found(), steps()),
                this::demoPort,
                this::natsCli)) {
            Finding finding = check.get();
            if (finding != null) {
                findings.add(finding);
                print(finding);
            }
        }
        long problems = findings.stream().filter(f -> !f.ok()).count();
        out.println();
        out.println(
                problems == 0
                        ? "All set: ./workshop starts the workshop (or ./mvnw test -pl step01-core-pubsub)."
                        : problems + (problems == 1 ? " problem" : " problems")
                                + " to fix: each FIX above says how. Then run ./workshop doctor again.");
        return problems == 0 ? 0 : 1;
    }

    private void print(Finding finding) {
        // "note": nothing to fix, but something to know (an optional tool, exercises this server skips)
        out.printf(
                "  %-4s %-12s %s%n",
                !finding.ok() ? "FIX" : finding.fix().isEmpty() ? "ok" : "note", finding.topic(), finding.detail());
        if (!finding.fix().isEmpty()) {
            finding.fix().lines().forEach(line -> out.println("                    " + line));
        }
    }

    Finding java() {
        String install = "Install JDK " + MINIMUM_JAVA + " or newer and point JAVA_HOME at it:\n"
                + "  macOS          brew install openjdk@21\n"
                + "  SDKMAN         sdk install java 21-tem\n"
                + "  Debian/Ubuntu  sudo apt-get install openjdk-21-jdk\n"
                + "  Windows        winget install EclipseAdoptium.Temurin.21.JDK\n"
                + "  or https://adoptium.net";
        if (host.javaVersion() < MINIMUM_JAVA) {
            return Finding.fix(
                    "Java", host.javaDescription() + ": the workshop needs " + MINIMUM_JAVA + " or newer.", install);
        }
        if (!host.hasCompiler()) {
            return Finding.fix("Java", host.javaDescription() + " is a runtime without a compiler (a JRE).", install);
        }
        Optional<String> javaHome = host.variable("JAVA_HOME");
        if (javaHome.isPresent()
                && !host.exists(Path.of(javaHome.get(), "bin", host.windows() ? "java.exe" : "java"))) {
            return Finding.fix(
                    "Java",
                    "JAVA_HOME is '" + javaHome.get() + "', which has no bin/java: Maven will not start.",
                    "Point JAVA_HOME at the JDK's folder (the one with bin/java), or remove it.");
        }
        return Finding.ok("Java", host.javaDescription() + ", a JDK");
    }

    /** The wrapper's files, and Maven itself: {@code mvnw -v} also shows which Java Maven runs on. */
    Finding maven() {
        Path script = root.resolve(host.windows() ? "mvnw.cmd" : "mvnw");
        Path properties = root.resolve(".mvn/wrapper/maven-wrapper.properties");
        if (!host.exists(script) || !host.exists(properties)) {
            return Finding.fix(
                    "Maven",
                    "the Maven wrapper is incomplete (" + (host.exists(script) ? properties : script) + " is missing).",
                    "Clone the repository again, or restore the files: git checkout -- mvnw mvnw.cmd .mvn");
        }
        if (!host.windows() && !host.isExecutable(script)) {
            return Finding.fix("Maven", "mvnw is not executable, so ./mvnw will not start.", "chmod +x mvnw");
        }
        List<String> command =
                host.windows() ? List.of("cmd", "/c", script.toString(), "-v") : List.of("sh", script.toString(), "-v");
        Optional<String> version = host.run(command, Duration.ofMinutes(3));
        if (version.isEmpty()) {
            return Finding.fix(
                    "Maven",
                    "./mvnw -v failed.",
                    "Run ./mvnw -v to see why. On its first run the wrapper downloads Maven (about 10 MB) and needs the internet;\n"
                            + "behind a proxy, set it in ~/.m2/settings.xml. After that it works offline.");
        }
        Matcher maven = MAVEN_VERSION.matcher(version.get());
        Matcher java = MAVEN_JAVA.matcher(version.get());
        String mavenVersion = maven.find() ? maven.group(1) : "?";
        boolean javaShown = java.find();
        if (javaShown && Integer.parseInt(java.group(1)) < MINIMUM_JAVA) {
            return Finding.fix(
                    "Maven",
                    "Maven " + mavenVersion + " runs on Java " + java.group(1) + java.group(2)
                            + ", not on this JDK: JAVA_HOME points at an older one.",
                    "Set JAVA_HOME to a JDK " + MINIMUM_JAVA + "+ (the one ./workshop runs on is fine).");
        }
        return Finding.ok(
                "Maven",
                "Apache Maven " + mavenVersion + " through ./mvnw"
                        + (javaShown ? ", on Java " + java.group(1) + java.group(2) : ""));
    }

    /** The steps of this repository; none when it cannot be read (the doctor then says nothing about exercises). */
    private List<Step> steps() {
        try {
            return Step.loadEach(root).stream()
                    .map(Step.Loaded::step)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /**
     * The exercises whose {@code needsServer} is newer than the server found: their tests will be
     * skipped (not failed) on it. Null (nothing to say) when no server or no step was found.
     */
    static Finding newerServerNeeded(Optional<ServerRelease> found, List<Step> steps) {
        if (found.isEmpty() || steps.isEmpty()) {
            return null;
        }
        List<String> needing = new ArrayList<>();
        int all = 0;
        for (Step step : steps) {
            for (Exercise exercise : step.exercises()) {
                all++;
                exercise.needsServer()
                        .flatMap(ServerRelease::find)
                        .filter(needed -> !found.get().atLeast(needed))
                        .ifPresent(needed -> needing.add(exercise.id() + " (" + needed + "+)"));
            }
        }
        if (needing.isEmpty()) {
            return Finding.ok("Exercises", "all " + all + " run on nats-server " + found.get());
        }
        return new Finding(
                "Exercises",
                true,
                needing.size() + " of " + all + " need a newer server than " + found.get() + ": "
                        + String.join(", ", needing) + ".",
                "Their tests are skipped on this server, not failed; every other exercise runs. To run them too,\n"
                        + "install a newer nats-server and point NATS_SERVER_PATH at it (README.md#prerequisites).");
    }

    /** The nats CLI: optional, never a problem; where it is and what it is good for, or how to get it. */
    Finding natsCli() {
        String name = host.windows() ? "nats.exe" : "nats";
        for (String directory : host.pathDirectories()) {
            Path candidate = Path.of(directory, name);
            if (host.isExecutable(candidate)) {
                String version = host.run(List.of(candidate.toString(), "--version"), Duration.ofSeconds(10))
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .map(v -> " " + v)
                        .orElse("");
                return Finding.ok(
                        "nats CLI",
                        candidate + version + " (optional): to watch subjects (nats sub '>'),"
                                + " look at streams and consumers (nats stream ls) and try the lessons' commands by hand");
            }
        }
        return new Finding(
                "nats CLI",
                true,
                "not installed; optional: the workshop never needs it. It lets you watch subjects,"
                        + " inspect streams and try the lessons' commands by hand.",
                """
                        To get it, one of:
                          macOS, Linux   brew install nats
                          Go             go install github.com/nats-io/natscli/nats@latest
                          Windows        scoop bucket add extras, then scoop install extras/natscli
                          any            a release (.deb, .rpm, .zip) from https://github.com/nats-io/natscli/releases""");
    }

    /** The demos listen on 4222. A NATS server already there is fine; anything else is in the way. */
    Finding demoPort() {
        if (host.portFree(DEMO_PORT)) {
            return Finding.ok("Port " + DEMO_PORT, "free for the demos (the tests use random ports, never this one)");
        }
        Optional<String> greeting = host.greeting("127.0.0.1", DEMO_PORT);
        if (greeting.isPresent() && greeting.get().startsWith("INFO")) {
            return Finding.ok(
                    "Port " + DEMO_PORT,
                    "a NATS server"
                            + NatsSourceCheck.versionIn(greeting.get())
                                    .map(v -> " " + v)
                                    .orElse("") + " listens there already: the demos will talk to it");
        }
        return Finding.fix(
                "Port " + DEMO_PORT,
                "another program listens on port " + DEMO_PORT + ", where the demos expect nats-server.",
                "Find it with " + (host.windows() ? "netstat -ano | findstr :" + DEMO_PORT : "lsof -i :" + DEMO_PORT)
                        + " and stop it, or run the demos against another port: NATS_URL=nats://localhost:4333 (after nats-server -p 4333).");
    }
}
