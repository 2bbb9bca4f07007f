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
        for (var check : List.<java.util.function.Supplier<Finding>>of(this::java, this::maven, new NatsSourceCheck(host)::check, this::demoPort)) {
            Finding finding = check.get();
            findings.add(finding);
            print(finding);
        }
        long problems = findings.stream().filter(f -> !f.ok()).count();
        out.println();
        out.println(problems == 0 ? "All set: ./mvnw test -pl step01-core-pubsub starts the workshop."
                : problems + (problems == 1 ? " problem" : " problems") + " to fix: each FIX above says how. Then run ./workshop doctor again.");
        return problems == 0 ? 0 : 1;
    }

    private void print(Finding finding) {
        out.printf("  %-4s %-12s %s%n", finding.ok() ? "ok" : "FIX", finding.topic(), finding.detail());
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
            return Finding.fix("Java", host.javaDescription() + ": the workshop needs " + MINIMUM_JAVA + " or newer.", install);
        }
        if (!host.hasCompiler()) {
            return Finding.fix("Java", host.javaDescription() + " is a runtime without a compiler (a JRE).", install);
        }
        Optional<String> javaHome = host.variable("JAVA_HOME");
        if (javaHome.isPresent() && !host.exists(Path.of(javaHome.get(), "bin", host.windows() ? "java.exe" : "java"))) {
            return Finding.fix("Java", "JAVA_HOME is '" + javaHome.get() + "', which has no bin/java: Maven will not start.",
                    "Point JAVA_HOME at the JDK's folder (the one with bin/java), or remove it.");
        }
        return Finding.ok("Java", host.javaDescription() + ", a JDK");
    }

    /** The wrapper's files, and Maven itself: {@code mvnw -v} also shows which Java Maven runs on. */
    Finding maven() {
        Path script = root.resolve(host.windows() ? "mvnw.cmd" : "mvnw");
        Path properties = root.resolve(".mvn/wrapper/maven-wrapper.properties");
        if (!host.exists(script) || !host.exists(properties)) {
            return Finding.fix("Maven", "the Maven wrapper is incomplete (" + (host.exists(script) ? properties : script) + " is missing).",
                    "Clone the repository again, or restore the files: git checkout -- mvnw mvnw.cmd .mvn");
        }
        if (!host.windows() && !host.isExecutable(script)) {
            return Finding.fix("Maven", "mvnw is not executable, so ./mvnw will not start.", "chmod +x mvnw");
        }
        List<String> command = host.windows() ? List.of("cmd", "/c", script.toString(), "-v") : List.of("sh", script.toString(), "-v");
        Optional<String> version = host.run(command, Duration.ofMinutes(3));
        if (version.isEmpty()) {
            return Finding.fix("Maven", "./mvnw -v failed.",
                    "Run ./mvnw -v to see why. On its first run the wrapper downloads Maven (about 10 MB) and needs the internet;\n"
                            + "behind a proxy, set it in ~/.m2/settings.xml. After that it works offline.");
        }
        Matcher maven = MAVEN_VERSION.matcher(version.get());
        Matcher java = MAVEN_JAVA.matcher(version.get());
        String mavenVersion = maven.find() ? maven.group(1) : "?";
        boolean javaShown = java.find();
        if (javaShown && Integer.parseInt(java.group(1)) < MINIMUM_JAVA) {
            return Finding.fix("Maven", "Maven " + mavenVersion + " runs on Java " + java.group(1) + java.group(2)
                            + ", not on this JDK: JAVA_HOME points at an older one.",
                    "Set JAVA_HOME to a JDK " + MINIMUM_JAVA + "+ (the one ./workshop runs on is fine).");
        }
        return Finding.ok("Maven", "Apache Maven " + mavenVersion + " through ./mvnw" + (javaShown
                ? ", on Java " + java.group(1) + java.group(2) : ""));
    }

    /** The demos listen on 4222. A NATS server already there is fine; anything else is in the way. */
    Finding demoPort() {
        if (host.portFree(DEMO_PORT)) {
            return Finding.ok("Port " + DEMO_PORT, "free for the demos (the tests use random ports, never this one)");
        }
        Optional<String> greeting = host.greeting("127.0.0.1", DEMO_PORT);
        if (greeting.isPresent() && greeting.get().startsWith("INFO")) {
            return Finding.ok("Port " + DEMO_PORT, "a NATS server" + NatsSourceCheck.versionIn(greeting.get()).map(v -> " " + v).orElse("")
                    + " listens there already: the demos will talk to it");
        }
        return Finding.fix("Port " + DEMO_PORT, "another program listens on port " + DEMO_PORT + ", where the demos expect nats-server.",
                "Find it with " + (host.windows() ? "netstat -ano | findstr :" + DEMO_PORT : "lsof -i :" + DEMO_PORT)
                        + " and stop it, or run the demos against another port: NATS_URL=nats://localhost:4333 (after nats-server -p 4333).");
    }
}
