package workshop.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Which exercises of a step each exercise uses, derived from the code, so that the check can tell
 * when {@code exercises.json} leaves a {@code needs} out. The rule (AUTHORING.md, "Checks"):
 * <ul>
 *     <li>Exercise E uses F, whose solution file is another file, when E's solution file or E's test
 *     class names a type declared in F's file: E's code or its test runs F's code. Imports do not
 *     count (the code that uses the type does), a name counts only where it means F's type (same
 *     package, or imported: a jnats {@code KeyValue} is not the Build track's), and in a file that
 *     several exercises share, the regions of the others are theirs, not E's.</li>
 *     <li>When E and F share a file, E uses F only when E's test class, or one of E's own regions,
 *     calls a method of that file that reaches a region of F: the method holds the region, or calls
 *     (on its own object or class) a method that reaches it. Sharing a file is not using each other.</li>
 *     <li>Only earlier exercises count: {@code needs} points back, a learner solves in order.</li>
 * </ul>
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
    record Use(Exercise user, Exercise used, String reason) {
    }

    private final Step step;
    private final Map<String, JavaOutline> solutionOutlines = new HashMap<>();
    private final Map<String, String> solutionSources = new HashMap<>();

    private ExerciseUses(Step step) {
        this.step = step;
    }

    /** The uses the step's code implies, in step order of the user, then of the used. */
    static List<Use> of(Step step) {
        return new ExerciseUses(step).derive();
    }

    /** The uses that no declared need covers, directly or transitively ({@link Needs#of}). */
    static List<Use> uncovered(Step step, List<Use> uses) {
        return uses.stream().filter(use -> !Needs.of(step, use.user()).contains(use.used().id())).toList();
    }

    private List<Use> derive() {
        List<Use> uses = new ArrayList<>();
        List<Exercise> exercises = step.exercises();
        for (int u = 0; u < exercises.size(); u++) {
            Exercise user = exercises.get(u);
            Optional<TestSource> test = testOf(user);
            Map<String, Use> byUsed = new LinkedHashMap<>();
            for (int f = 0; f < u; f++) {
                Exercise used = exercises.get(f);
                if (used.file().equals(user.file())) {
                    sameFileUse(user, used, test).ifPresent(reason -> byUsed.putIfAbsent(used.id(), new Use(user, used, reason)));
                } else {
                    otherFileUse(user, used, test).ifPresent(reason -> byUsed.putIfAbsent(used.id(), new Use(user, used, reason)));
                }
            }
            uses.addAll(byUsed.values());
        }
        return uses;
    }

    /**
     * E's file (outside the regions of other exercises that share it) or E's test names a type
     * declared in F's file, one it sees by that name (same package, or imported).
     */
    private Optional<String> otherFileUse(Exercise user, Exercise used, Optional<TestSource> test) {
        Optional<JavaOutline> usedFile = outline(used.file());
        Optional<JavaOutline> userFile = outline(user.file());
        if (usedFile.isEmpty()) {
            return Optional.empty();
        }
        if (userFile.isPresent()) {
            Set<String> types = visibleTypes(userFile.get(), usedFile.get());
            List<int[]> othersRegions = othersRegions(user);
            Optional<JavaOutline.Name> inSolution = userFile.get().names().stream()
                    .filter(name -> types.contains(name.name()))
                    .filter(name -> othersRegions.stream().noneMatch(region -> name.line() >= region[0] && name.line() <= region[1]))
                    .findFirst();
            if (inSolution.isPresent()) {
                return Optional.of(fileName(user.file()) + ":" + inSolution.get().line() + " names " + inSolution.get().name());
            }
        }
        return test.flatMap(t -> firstName(t.outline().names(), visibleTypes(t.outline(), usedFile.get()), false)
                .map(name -> t.fileName() + ":" + name.line() + " names " + name.name()));
    }

    private static Set<String> visibleTypes(JavaOutline user, JavaOutline used) {
        Set<String> visible = new LinkedHashSet<>();
        used.types().stream().filter(type -> user.sees(used.packageName(), type)).forEach(visible::add);
        return visible;
    }

    /** The regions, in E's file, of the other exercises that share it: their code, not E's. */
    private List<int[]> othersRegions(Exercise user) {
        List<int[]> regions = new ArrayList<>();
        step.exercises().stream().filter(other -> other != user && other.file().equals(user.file()))
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
        Optional<String> inTest = test.flatMap(t -> firstName(t.outline().names(), reaching, true)
                .map(name -> t.fileName() + ":" + name.line() + " calls " + readable(name.name())));
        if (inTest.isPresent()) {
            return inTest;
        }
        for (int[] region : regions(user.file(), user.id())) {
            Optional<JavaOutline.Name> call = file.get().namesBetween(region[0], region[1]).stream()
                    .filter(name -> name.own() && reaching.contains(name.name())).findFirst();
            if (call.isPresent()) {
                return Optional.of(fileName(user.file()) + ":" + call.get().line() + " calls " + readable(call.get().name()));
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
                if (!reaching.contains(method.name()) && file.namesBetween(method.firstLine(), method.lastLine()).stream()
                        .anyMatch(name -> name.own() && reaching.contains(name.name()))) {
                    grew = reaching.add(method.name());
                }
            }
        }
        return reaching;
    }

    private static Optional<JavaOutline.Name> firstName(List<JavaOutline.Name> names, Set<String> wanted, boolean calls) {
        return names.stream().filter(name -> (!calls || name.call()) && wanted.contains(name.name())).findFirst();
    }

    /** The lines (BEGIN, END) of each region of the exercise in the solution file. */
    private List<int[]> regions(String file, String id) {
        List<int[]> regions = new ArrayList<>();
        String[] lines = solutionSource(file).orElse("").split("\n", -1);
        int begin = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher b = SkeletonWriter.BEGIN.matcher(lines[i]);
            Matcher e = SkeletonWriter.END.matcher(lines[i]);
            if (b.matches() && b.group(2).equals(id)) {
                begin = i + 1;
            } else if (e.matches() && e.group(1).equals(id) && begin > 0) {
                regions.add(new int[]{begin, i + 1});
                begin = -1;
            }
        }
        return regions;
    }

    private Optional<JavaOutline> outline(String file) {
        if (!solutionOutlines.containsKey(file)) {
            solutionOutlines.put(file, solutionSource(file).map(source -> JavaOutline.of(file, source)).orElse(null));
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
    private record TestSource(String fileName, JavaOutline outline) {
    }

    private Optional<TestSource> testOf(Exercise exercise) {
        Path path = step.moduleDir().resolve("src/test/java").resolve(exercise.test().replace('.', '/') + ".java");
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
