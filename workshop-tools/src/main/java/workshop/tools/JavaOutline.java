package workshop.tools;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * What one Java source declares and names, read with the JDK's parser (no compiling, no classpath):
 * the types it declares, its methods with the lines they span, and every name it uses, by line. The
 * derived exercise needs ({@link ExerciseUses}) are built from this. Comments and strings are not
 * code, so a class named only in a Javadoc or a message is not a use.
 *
 * @param packageName the file's package, "" for none
 * @param imports     what it imports, as written: {@code workshop.step05.build.AckLedger}, {@code java.util.*}
 * @param types       the simple names of every class, interface, record and enum declared in the file
 * @param supertypes  the simple names of what those types extend or implement
 * @param methods     every method and constructor with a body
 * @param names       every simple name the code uses (imports aside): identifiers, member selections, called methods
 */
record JavaOutline(
        String packageName,
        List<String> imports,
        Set<String> types,
        Set<String> supertypes,
        List<Method> methods,
        List<Name> names) {

    /** A method (or constructor, named as {@link #constructorOf} says) and the lines of its declaration. */
    record Method(String name, int firstLine, int lastLine) {
        boolean contains(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    /**
     * A name used on a line.
     *
     * @param call     when it is the name of a method (or constructor) being called
     * @param receiver for a call, the simple name of the type it is called on, as far as the file
     *                 tells: its own class for {@code put(…)} or {@code this.put(…)}; the declared type
     *                 of {@code bucket} in {@code bucket.put(…)} (a field, parameter or local of this
     *                 file); {@code KeyValue} in {@code KeyValue.of(…)} or {@code new KeyValue(…).put(…)}.
     *                 Null when it is not a call or the file does not tell ({@code a.b().put(…)}).
     */
    record Name(String name, int line, boolean call, String receiver) {}

    /** The outline of the source; a file that does not parse gives whatever the parser recovered. */
    static JavaOutline of(String fileName, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        var file =
                new SimpleJavaFileObject(
                        URI.create("string:///" + fileName.replace('\\', '/')), SimpleJavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return source;
                    }
                };
        JavacTask task =
                (JavacTask) compiler.getTask(null, null, diagnostic -> {}, List.of("-proc:none"), null, List.of(file));
        Set<String> types = new LinkedHashSet<>();
        Set<String> supertypes = new LinkedHashSet<>();
        List<Method> methods = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        java.util.Map<String, String> variables = new java.util.HashMap<>();
        String packageName = "";
        try {
            for (CompilationUnitTree unit : task.parse()) {
                packageName = unit.getPackageName() == null
                        ? ""
                        : unit.getPackageName().toString();
                for (var imported : unit.getImports()) {
                    if (!imported.isStatic()) {
                        imports.add(imported.getQualifiedIdentifier().toString());
                    }
                }
                SourcePositions positions = Trees.instance(task).getSourcePositions();
                LineMap lines = unit.getLineMap();
                new TreePathScanner<Void, Void>() {
                    private final java.util.Deque<String> enclosingTypes = new java.util.ArrayDeque<>();

                    private int line(Tree tree) {
                        return (int) lines.getLineNumber(positions.getStartPosition(unit, tree));
                    }

                    @Override
                    public Void visitImport(com.sun.source.tree.ImportTree tree, Void unused) {
                        return null; // an import is not a use: the code below it is
                    }

                    @Override
                    public Void visitPackage(com.sun.source.tree.PackageTree tree, Void unused) {
                        return null;
                    }

                    @Override
                    public Void visitClass(ClassTree tree, Void unused) {
                        String name = tree.getSimpleName().toString();
                        if (!name.isEmpty()) {
                            types.add(name);
                        }
                        if (tree.getExtendsClause() != null) {
                            supertypes.add(simpleName(tree.getExtendsClause()));
                        }
                        tree.getImplementsClause().forEach(type -> supertypes.add(simpleName(type)));
                        enclosingTypes.push(name);
                        try {
                            return super.visitClass(tree, unused);
                        } finally {
                            enclosingTypes.pop();
                        }
                    }

                    @Override
                    public Void visitMethod(MethodTree tree, Void unused) {
                        if (tree.getBody() != null) {
                            int last = (int) lines.getLineNumber(positions.getEndPosition(unit, tree));
                            String name = tree.getName().contentEquals("<init>")
                                    ? constructorOf(enclosingTypes.peek())
                                    : tree.getName().toString();
                            methods.add(new Method(name, line(tree), last));
                        }
                        return super.visitMethod(tree, unused);
                    }

                    @Override
                    public Void visitVariable(com.sun.source.tree.VariableTree tree, Void unused) {
                        Tree type = tree.getType();
                        if (type == null || type.toString().equals("var")) {
                            type = tree.getInitializer() instanceof NewClassTree created
                                    ? created.getIdentifier()
                                    : null;
                        }
                        if (type != null) {
                            variables.put(tree.getName().toString(), simpleName(type));
                        }
                        return super.visitVariable(tree, unused);
                    }

                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                        switch (tree.getMethodSelect()) {
                            case IdentifierTree identifier ->
                                names.add(new Name(
                                        identifier.getName().toString(),
                                        line(tree),
                                        true,
                                        OWN + enclosingTypes.peek()));
                            case MemberSelectTree select ->
                                names.add(new Name(
                                        select.getIdentifier().toString(),
                                        line(tree),
                                        true,
                                        switch (select.getExpression()) {
                                            case IdentifierTree receiver
                                            when receiver.getName().contentEquals("this") ->
                                                OWN + enclosingTypes.peek();
                                            case IdentifierTree receiver -> NAMED + receiver.getName();
                                            case NewClassTree created -> OWN + simpleName(created.getIdentifier());
                                            default -> null;
                                        }));
                            default -> {}
                        }
                        return super.visitMethodInvocation(tree, unused);
                    }

                    @Override
                    public Void visitNewClass(NewClassTree tree, Void unused) {
                        String type = simpleName(tree.getIdentifier());
                        names.add(new Name(constructorOf(type), line(tree), true, OWN + type));
                        return super.visitNewClass(tree, unused);
                    }

                    @Override
                    public Void visitIdentifier(IdentifierTree tree, Void unused) {
                        names.add(new Name(tree.getName().toString(), line(tree), false, null));
                        return super.visitIdentifier(tree, unused);
                    }

                    @Override
                    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
                        names.add(new Name(tree.getIdentifier().toString(), line(tree), false, null));
                        return super.visitMemberSelect(tree, unused);
                    }
                }.scan(unit, null);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Name> resolved = names.stream()
                .map(name -> name.receiver() == null || name.receiver().startsWith(OWN)
                        ? new Name(
                                name.name(),
                                name.line(),
                                name.call(),
                                name.receiver() == null ? null : name.receiver().substring(OWN.length()))
                        : new Name(
                                name.name(),
                                name.line(),
                                name.call(),
                                typeOf(name.receiver().substring(NAMED.length()), variables)))
                .toList();
        return new JavaOutline(
                packageName,
                List.copyOf(imports),
                Set.copyOf(types),
                Set.copyOf(supertypes),
                List.copyOf(methods),
                resolved);
    }

    /** While scanning: a receiver known at once ({@code OWN}) or a name to look up among the file's variables ({@code NAMED}). */
    private static final String OWN = "own:";

    private static final String NAMED = "named:";

    /** A variable's declared type; else the name itself when it looks like a type ({@code KeyValue.of(…)}); else unknown. */
    private static String typeOf(String receiver, java.util.Map<String, String> variables) {
        if (variables.containsKey(receiver)) {
            return variables.get(receiver);
        }
        return !receiver.isEmpty() && Character.isUpperCase(receiver.charAt(0)) ? receiver : null;
    }

    /** How a constructor is named among the methods and calls: {@code <init>Broker}. */
    static String constructorOf(String type) {
        return "<init>" + type;
    }

    private static String simpleName(Tree type) {
        return switch (type) {
            case IdentifierTree identifier -> identifier.getName().toString();
            case MemberSelectTree select -> select.getIdentifier().toString();
            case com.sun.source.tree.ParameterizedTypeTree parameterized -> simpleName(parameterized.getType());
            case com.sun.source.tree.AnnotatedTypeTree annotated -> simpleName(annotated.getUnderlyingType());
            default -> type.toString();
        };
    }

    /**
     * Whether a type of that package and simple name is in scope here by its simple name: the same
     * package, or imported by name or with {@code .*}. (A name can be a jnats {@code KeyValue} as
     * well as the Build track's.)
     */
    boolean sees(String otherPackage, String type) {
        return packageName.equals(otherPackage)
                || imports.contains(otherPackage + "." + type)
                || imports.contains(otherPackage + ".*");
    }

    /** The innermost method whose lines include this one, if any. */
    java.util.Optional<Method> methodAt(int line) {
        return methods.stream()
                .filter(method -> method.contains(line))
                .min(java.util.Comparator.comparingInt(method -> method.lastLine() - method.firstLine()));
    }

    /** The names used on lines {@code from} to {@code to}. */
    List<Name> namesBetween(int from, int to) {
        return names.stream()
                .filter(name -> name.line() >= from && name.line() <= to)
                .toList();
    }
}
