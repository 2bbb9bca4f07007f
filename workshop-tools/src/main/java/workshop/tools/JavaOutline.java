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

import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one Java source declares and names, read with the JDK's parser (no compiling, no classpath):
 * the types it declares, its methods with the lines they span, and every name it uses, by line. The
 * derived exercise needs ({@link ExerciseUses}) are built from this. Comments and strings are not
 * code, so a class named only in a Javadoc or a message is not a use.
 *
 * @param packageName the file's package, "" for none
 * @param imports     what it imports, as written: {@code workshop.step05.build.AckLedger}, {@code java.util.*}
 * @param types       the simple names of every class, interface, record and enum declared in the file
 * @param methods     every method and constructor with a body
 * @param names       every simple name the code uses (imports aside): identifiers, member selections, called methods
 */
record JavaOutline(String packageName, List<String> imports, Set<String> types, List<Method> methods, List<Name> names) {

    /** A method (or constructor, named as {@link #constructorOf} says) and the lines of its declaration. */
    record Method(String name, int firstLine, int lastLine) {
        boolean contains(int line) {
            return line >= firstLine && line <= lastLine;
        }
    }

    /**
     * A name used on a line.
     *
     * @param call when it is the name of a method (or constructor) being called
     * @param own  when that call is on this object or class: {@code put(…)}, {@code this.put(…)}, not
     *             {@code latest.put(…)}
     */
    record Name(String name, int line, boolean call, boolean own) {
    }

    /** The outline of the source; a file that does not parse gives whatever the parser recovered. */
    static JavaOutline of(String fileName, String source) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        var file = new SimpleJavaFileObject(URI.create("string:///" + fileName.replace('\\', '/')), SimpleJavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostic -> { }, List.of("-proc:none"), null, List.of(file));
        Set<String> types = new LinkedHashSet<>();
        List<Method> methods = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        String packageName = "";
        try {
            for (CompilationUnitTree unit : task.parse()) {
                packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
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
                            String name = tree.getName().contentEquals("<init>") ? constructorOf(enclosingTypes.peek()) : tree.getName().toString();
                            methods.add(new Method(name, line(tree), last));
                        }
                        return super.visitMethod(tree, unused);
                    }

                    @Override
                    public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
                        switch (tree.getMethodSelect()) {
                            case IdentifierTree identifier -> names.add(new Name(identifier.getName().toString(), line(tree), true, true));
                            case MemberSelectTree select -> names.add(new Name(select.getIdentifier().toString(), line(tree), true,
                                    select.getExpression() instanceof IdentifierTree receiver && receiver.getName().contentEquals("this")));
                            default -> { }
                        }
                        return super.visitMethodInvocation(tree, unused);
                    }

                    @Override
                    public Void visitNewClass(NewClassTree tree, Void unused) {
                        names.add(new Name(constructorOf(simpleName(tree.getIdentifier())), line(tree), true, true));
                        return super.visitNewClass(tree, unused);
                    }

                    @Override
                    public Void visitIdentifier(IdentifierTree tree, Void unused) {
                        names.add(new Name(tree.getName().toString(), line(tree), false, false));
                        return super.visitIdentifier(tree, unused);
                    }

                    @Override
                    public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
                        names.add(new Name(tree.getIdentifier().toString(), line(tree), false, false));
                        return super.visitMemberSelect(tree, unused);
                    }
                }.scan(unit, null);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new JavaOutline(packageName, List.copyOf(imports), Set.copyOf(types), List.copyOf(methods), List.copyOf(names));
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
            default -> type.toString();
        };
    }

    /**
     * Whether a type of that package and simple name is in scope here by its simple name: the same
     * package, or imported by name or with {@code .*}. (A name can be a jnats {@code KeyValue} as
     * well as the Build track's.)
     */
    boolean sees(String otherPackage, String type) {
        return packageName.equals(otherPackage) || imports.contains(otherPackage + "." + type) || imports.contains(otherPackage + ".*");
    }

    /** The innermost method whose lines include this one, if any. */
    java.util.Optional<Method> methodAt(int line) {
        return methods.stream().filter(method -> method.contains(line))
                .min(java.util.Comparator.comparingInt(method -> method.lastLine() - method.firstLine()));
    }

    /** The names used on lines {@code from} to {@code to}. */
    List<Name> namesBetween(int from, int to) {
        return names.stream().filter(name -> name.line() >= from && name.line() <= to).toList();
    }
}
