package dev.hertz.core.strategy;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compiles the {@code .java} files of one strategy folder in memory with the JDK's compiler, so
 * strategies can be written as plain source files next to the config.
 *
 * <p>The files of a folder are compiled together, so a strategy may use a helper class or a base
 * strategy from another file of the same folder. A file that does not compile must not take its
 * neighbours down with it: files with errors are set aside and the rest compiled again, until
 * what remains compiles (each round removes at least one file, so this ends).
 *
 * <p>The hyperopt loss search of hertz-optimize compiles {@code user_data/hyperopts} with it too.
 *
 * <p>Nothing is written to disk: class files are kept in memory and defined by the returned
 * class loader, which avoids stale caches and leftover temporary folders.
 */
public final class JavaSourceCompiler {

    /**
     * The outcome for one folder.
     *
     * @param classesBySource binary names of the classes compiled from each source file
     * @param errorsBySource  for each file that did not compile, its errors as {@code file:line: error: message}
     * @param loader          defines the compiled classes
     */
    public record Result(Map<Path, List<String>> classesBySource, Map<Path, List<String>> errorsBySource, ClassLoader loader) {
    }

    private final JavaCompiler compiler;
    private final String classpath;

    /**
     * @param hostClasspath where the strategy API and its dependencies are (the running program's classpath)
     * @throws StrategyLoadException when this Java runtime has no compiler (a JRE instead of a JDK)
     */
    public JavaSourceCompiler(List<Path> hostClasspath) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new StrategyLoadException("Strategy source files (.java) need a Java compiler, but this Java runtime ("
                    + System.getProperty("java.home") + ") has none. Run Hertz on a JDK, or compile your strategy "
                    + "into a .jar and put the jar into the strategy folder.");
        }
        this.classpath = String.join(File.pathSeparator, hostClasspath.stream().map(Path::toString).toList());
    }

    /** Compiles {@code sources} (files of one folder) against the host classpath plus {@code jars}. */
    public Result compile(List<Path> sources, List<Path> jars, ClassLoader parent) {
        Set<Path> remaining = new LinkedHashSet<>(sources);
        Map<Path, List<String>> errors = new LinkedHashMap<>();
        while (!remaining.isEmpty()) {
            Attempt attempt = attempt(List.copyOf(remaining), jars);
            if (attempt.errors.isEmpty()) {
                return new Result(attempt.classesBySource, errors, new MemoryClassLoader(attempt.bytes, parent));
            }
            boolean attributed = false;
            for (Map.Entry<Path, List<String>> e : attempt.errors.entrySet()) {
                if (remaining.remove(e.getKey())) {
                    errors.put(e.getKey(), e.getValue());
                    attributed = true;
                }
            }
            if (!attributed) {
                // An error with no file of ours to blame (bad classpath, compiler trouble): all fail with it.
                List<String> general = attempt.errors.values().stream().flatMap(List::stream).toList();
                remaining.forEach(file -> errors.put(file, general));
                remaining.clear();
            }
        }
        return new Result(Map.of(), errors, parent);
    }

    private record Attempt(Map<Path, List<String>> classesBySource, Map<String, byte[]> bytes,
                           Map<Path, List<String>> errors) {
    }

    private Attempt attempt(List<Path> sources, List<Path> jars) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        MemoryFileManager files = new MemoryFileManager(standard);
        List<String> classpathEntries = new ArrayList<>();
        if (!classpath.isEmpty()) {
            classpathEntries.add(classpath);
        }
        jars.forEach(jar -> classpathEntries.add(jar.toString()));
        List<String> options = List.of("-proc:none", "-g", "-encoding", "UTF-8",
                "-classpath", String.join(File.pathSeparator, classpathEntries));
        boolean ok;
        try (files) {
            // No source path: a file set aside must not be compiled again because a neighbour names it.
            standard.setLocation(StandardLocation.SOURCE_PATH, List.of());
            Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(sources);
            ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Path, List<String>> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Path file = d.getSource() == null ? null : toPath(d.getSource().toUri());
                errors.computeIfAbsent(file, f -> new ArrayList<>()).add(describe(file, d));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.put(null, List.of("the Java compiler failed without reporting an error"));
        }
        return new Attempt(files.classesBySource, files.bytes(), errors);
    }

    private static String describe(Path file, Diagnostic<? extends JavaFileObject> d) {
        String where = file == null ? "" : file.getFileName() + ":" + d.getLineNumber() + ": ";
        return where + "error: " + d.getMessage(Locale.ROOT);
    }

    private static Path toPath(URI uri) {
        return Path.of(uri).toAbsolutePath().normalize();
    }

    /** Keeps every class file javac writes in memory, remembering which source it came from. */
    private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, ByteArrayOutputStream> outputs = new LinkedHashMap<>();
        private final Map<Path, List<String>> classesBySource = new LinkedHashMap<>();

        MemoryFileManager(StandardJavaFileManager standard) {
            super(standard);
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                   FileObject sibling) {
            if (sibling != null) {
                classesBySource.computeIfAbsent(toPath(sibling.toUri()), f -> new ArrayList<>()).add(className);
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            outputs.put(className, buffer);
            URI uri;
            try {
                uri = new URI("mem", null, "/" + className.replace('.', '/') + kind.extension, null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("class name " + className + " gives no valid URI", e);
            }
            return new SimpleJavaFileObject(uri, kind) {
                @Override
                public OutputStream openOutputStream() {
                    return buffer;
                }
            };
        }

        Map<String, byte[]> bytes() {
            Map<String, byte[]> bytes = new LinkedHashMap<>();
            outputs.forEach((name, buffer) -> bytes.put(name, buffer.toByteArray()));
            return bytes;
        }
    }

    /** Defines the compiled classes on first use. */
    private static final class MemoryClassLoader extends ClassLoader {
        private final Map<String, byte[]> bytes;

        MemoryClassLoader(Map<String, byte[]> bytes, ClassLoader parent) {
            super("hertz-strategies", parent);
            this.bytes = bytes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] code = bytes.get(name);
            if (code == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, code, 0, code.length);
        }
    }
}
