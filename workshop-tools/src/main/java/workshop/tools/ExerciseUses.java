package workshop.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which exercises of a step each exercise uses, derived from the code, so that the check can tell
 * when {@code exercises.json} leaves a {@code needs} out. The rule (AUTHORING.md, "Checks"): E uses
 * an earlier exercise F when E's test class, or E's solution file (outside the regions of other
 * exercises that share it), calls a method of F's file that reaches a region of F
 * ({@link #methodsReaching}). The call must be made on something the file tells the type of
 * ({@link JavaOutline.Name#receiver}), and that type must be one of F's file that E's code sees (same
 * package, or imported: a jnats {@code KeyValue} is not the Build track's), or an interface or
 * superclass of the step that one of them implements ({@code inner.match(…)} on a
 * {@code SubjectIndex} runs {@code Sublist.match}). Naming F's class is not using it: a test that
 * builds a {@code Worker} with its constructor never runs {@code Worker.start}, the region. Where
 * the file does not tell, nothing is derived: the check misses some uses, it never invents one.
 * A use is covered when F is among E's {@code needs} or among theirs, transitively.
 */
final class ExerciseUses {

    /**
     * E uses F, and why.
     *
     * @param user   the exercise that uses
     * @param used   the earlier exercise it uses
     * @param reason where the use is, e.g. {@code PullConsumerTest.java:40 names AckLedger}
     */
    record Use(Exercise user, Exercise used, String reason) {}

    private final Step step;
    private final Map<String, JavaOutline> solutionOutlines = new HashMap<>();
    private final Map<String, String> solutionSources = new HashMap<>();
    /** Every type the step's solution declares; read on first need. */
    private Set<String> stepTypes;

    private ExerciseUses(Step step) {
        this.step = step;
    }

    /** The uses the step's code implies, in step order of the user, then of the used. */
    static List<Use> of(Step step) {
        return new ExerciseUses(step).derive();
    }

    /** The uses that no declared need covers, directly or transitively ({@link Needs#of}). */
    static List<Use> uncovered(Step step, List<Use> uses) {
        return uses.stream()
                .filter(use -> !Needs.of(step, use.user()).contains(use.used().id()))
                .toList();
    }

    private List<Use> derive() {
        List<Use> uses = new ArrayList<>();
        List<Exercise> exercises = step.exercises();
        for (int u = 0; u < exercises.size(); u++) {
            Exercise user = exercises.get(u);
            Optional<TestSource> test = testOf(user);
            for (int f = 0; f < u; f++) {
                Exercise used = exercises.get(f);
                Optional<String> reason = used.file().equals(user.file())
                        ? sameFileUse(user, used, test)
                        : otherFileUse(user, used, test);
                reason.ifPresent(r -> uses.add(new Use(user, used, r)));
            }
        }
        return uses;
    }

    /**
     * E's file (outside the regions of other exercises that share it) or E's test calls a method of
     * F's file that reaches a region of F ({@link #methodsReaching}), or constructs a class whose
     * constructor does, in code that sees a type of F's file by its simple name (same package, or
     * imported).
     */
    private Optional<String> otherFileUse(Exercise user, Exercise used, Optional<TestSource> test) {
        Optional<JavaOutline> usedFile = outline(used.file());
        if (usedFile.isEmpty()) {
            return Optional.empty();
        }
        Set<String> reaching = methodsReaching(usedFile.get(), regions(used.file(), used.id()));
        Set<String> supertypes = stepSupertypes(usedFile.get());
        String where = " (" + fileName(used.file()) + ")";
        Optional<JavaOutline> userFile = outline(user.file());
        if (userFile.isPresent()) {
            List<int[]> othersRegions = othersRegions(user);
            Set<String> types = callableTypes(userFile.get(), usedFile.get(), supertypes);
            Optional<JavaOutline.Name> inSolution = userFile.get().names().stream()
                    .filter(name -> callOn(name, types, reaching))
                    .filter(name -> othersRegions.stream()
                            .noneMatch(region -> name.line() >= region[0] && name.line() <= region[1]))
                    .findFirst();
            if (inSolution.isPresent()) {
                return Optional.of(
                        fileName(user.file()) + ":" + inSolution.get().line() + " calls "
                                + readable(inSolution.get().name()) + where);
            }
        }
        return test.flatMap(
                t -> firstCall(t.outline(), callableTypes(t.outline(), usedFile.get(), supertypes), reaching)
                        .map(name -> t.fileName() + ":" + name.line() + " calls " + readable(name.name()) + where));
    }

    /** F's types the user sees, and the step's own interfaces and superclasses they implement (its supertypes): a call through those can run F's code. */
    private static Set<String> callableTypes(JavaOutline user, JavaOutline used, Set<String> supertypes) {
        Set<String> callable = visibleTypes(user, used);
        callable.addAll(supertypes);
        return callable;
    }

    /** What the file's types extend or implement, of the types the step's solution declares (not the JDK's or jnats'). */
    private Set<String> stepSupertypes(JavaOutline file) {
        if (stepTypes == null) {
            stepTypes = new LinkedHashSet<>();
            for (Path source : ReadmeLinks.javaFiles(step.solutionSources())) {
                outline(step.solutionSources().relativize(source).toString().replace('\\', '/'))
                        .ifPresent(o -> stepTypes.addAll(o.types()));
            }
        }
        Set<String> supertypes = new LinkedHashSet<>(file.supertypes());
        supertypes.retainAll(stepTypes);
        return supertypes;
    }

    private static Set<String> visibleTypes(JavaOutline user, JavaOutline used) {
        Set<String> visible = new LinkedHashSet<>();
        used.types().stream()
                .filter(type -> user.sees(used.packageName(), type))
                .forEach(visible::add);
        return visible;
    }

    /** The regions, in E's file, of the other exercises that share it: their code, not E's. */
    private List<int[]> othersRegions(Exercise user) {
        List<int[]> regions = new ArrayList<>();
        step.exercises().stream()
                .filter(other -> other != user && other.file().equals(user.file()))
                .forEach(other -> regions.addAll(regions(user.file(), other.id())));
        return regions;
    }

    /** E's test, or one of E's regions, calls a method of the shared file that reaches a region of F. */
    private Optional<String> sameFileUse(Exercise user, Exercise used, Optional<TestSource> test) {
        Optional<JavaOutline> file = outline(user.file());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Set<String> reaching = methodsReaching(file.get(), regions(user.file(), used.id()));
        Set<String> types = file.get().types();
        Optional<String> inTest =
                test.flatMap(t -> firstCall(t.outline(), visibleTypes(t.outline(), file.get()), reaching)
                        .map(name -> t.fileName() + ":" + name.line() + " calls " + readable(name.name())));
        if (inTest.isPresent()) {
            return inTest;
        }
        for (int[] region : regions(user.file(), user.id())) {
            Optional<JavaOutline.Name> call = file.get().namesBetween(region[0], region[1]).stream()
                    .filter(name -> callOn(name, types, reaching))
                    .findFirst();
            if (call.isPresent()) {
                return Optional.of(fileName(user.file()) + ":" + call.get().line() + " calls "
                        + readable(call.get().name()));
            }
        }
        return Optional.empty();
    }

    /**
     * The methods of the file that hold one of these regions, or call one that does, however
     * indirectly: by name, on this object or class ({@code put(…)}, {@code this.put(…)}; a
     * {@code map.put(…)} is another object's).
     */
    private static Set<String> methodsReaching(JavaOutline file, List<int[]> regions) {
        Set<String> reaching = new LinkedHashSet<>();
        for (int[] region : regions) {
            file.methodAt(region[0]).ifPresent(method -> reaching.add(method.name()));
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JavaOutline.Method method : file.methods()) {
                if (!reaching.contains(method.name())
                        && file.namesBetween(method.firstLine(), method.lastLine()).stream()
                                .anyMatch(name -> callOn(name, file.types(), reaching))) {
                    grew = reaching.add(method.name());
                }
            }
        }
        return reaching;
    }

    /** Whether the name is a call of one of these methods on one of these types. */
    private static boolean callOn(JavaOutline.Name name, Set<String> types, Set<String> methods) {
        return name.call()
                && name.receiver() != null
                && types.contains(name.receiver())
                && methods.contains(name.name());
    }

    private static Optional<JavaOutline.Name> firstCall(JavaOutline code, Set<String> types, Set<String> methods) {
        return code.names().stream()
                .filter(name -> callOn(name, types, methods))
                .findFirst();
    }

    /** The lines (BEGIN, END) of each region of the exercise in the solution file. */
    private List<int[]> regions(String file, String id) {
        return SkeletonWriter.regionLines(solutionSource(file).orElse(""), id);
    }

    private Optional<JavaOutline> outline(String file) {
        if (!solutionOutlines.containsKey(file)) {
            solutionOutlines.put(
                    file,
                    solutionSource(file)
                            .map(source -> JavaOutline.of(file, source))
                            .orElse(null));
        }
        return Optional.ofNullable(solutionOutlines.get(file));
    }

    private Optional<String> solutionSource(String file) {
        return Optional.ofNullable(solutionSources.computeIfAbsent(file, f -> {
            Path path = step.solutionSources().resolve(f);
            return Files.isRegularFile(path) ? Generator.read(path) : null;
        }));
    }

    /** An exercise's test class, parsed. */
    private record TestSource(String fileName, JavaOutline outline) {}

    private Optional<TestSource> testOf(Exercise exercise) {
        Path path = step.moduleDir()
                .resolve("src/test/java")
                .resolve(exercise.test().replace('.', '/') + ".java");
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String name = path.getFileName().toString();
        return Optional.of(new TestSource(name, JavaOutline.of(name, Generator.read(path))));
    }

    private static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String readable(String method) {
        return method.startsWith("<init>") ? "new " + method.substring("<init>".length()) : method;
    }
}
