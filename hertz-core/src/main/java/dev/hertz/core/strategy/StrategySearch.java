package dev.hertz.core.strategy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds strategy classes in one folder: in {@code .jar} files (compiled strategies) and in
 * {@code .java} files (compiled on the spot). Only top-level, non-abstract subclasses of
 * {@link Strategy} count; other classes in those files are helpers.
 */
final class StrategySearch {

    /**
     * A strategy class found, or a file that failed to load.
     *
     * @param name     the class's simple name; {@code ""} for a file that failed as a whole
     * @param type     the class; {@code null} when loading failed
     * @param file     where it was found; {@code null} for a built-in
     * @param location shown by {@code list-strategies}: the path relative to the searched folder
     * @param problem  why loading failed; {@code null} when it did not
     */
    record Candidate(String name, Class<? extends Strategy> type, Path file, String location, String problem) {
        boolean loaded() {
            return type != null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(StrategySearch.class);

    private JavaSourceCompiler compiler;

    /** The folder itself and, when {@code recursive}, every sub-folder not starting with {@code .} or {@code __}. */
    static List<Path> folders(Path root, boolean recursive) {
        if (!recursive || !Files.isDirectory(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory)
                    .filter(dir -> dir.equals(root) || !hidden(root.relativize(dir)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search strategy folder " + root, e);
        }
    }

    /** Every strategy in {@code folder}, in file-name order; {@code base} is what locations are relative to. */
    List<Candidate> scan(Path folder, Path base) {
        if (!Files.isDirectory(folder)) {
            LOG.info("'{}' is not a directory, skipping.", folder);
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read strategy folder " + folder, e);
        }
        List<Path> jars = files.stream().filter(f -> f.getFileName().toString().endsWith(".jar")).toList();
        List<Path> sources = files.stream().filter(f -> f.getFileName().toString().endsWith(".java")).toList();
        ClassLoader host = Strategy.class.getClassLoader();
        ClassLoader jarLoader = jars.isEmpty() ? host : new URLClassLoader("hertz-strategy-jars", urls(jars), host);
        JavaSourceCompiler.Result compiled = sources.isEmpty() ? null : compile(sources, jars, jarLoader);

        List<Candidate> found = new ArrayList<>();
        for (Path file : files) {
            String location = base.relativize(file).toString();
            if (jars.contains(file)) {
                found.addAll(fromJar(file, location, host));
            } else if (sources.contains(file)) {
                found.addAll(fromSource(file, location, compiled));
            }
        }
        return found;
    }

    private JavaSourceCompiler.Result compile(List<Path> sources, List<Path> jars, ClassLoader parent) {
        List<Path> absolute = sources.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        try {
            if (compiler == null) {
                compiler = new JavaSourceCompiler(hostClasspath());
            }
            return compiler.compile(absolute, jars, parent);
        } catch (StrategyLoadException noCompiler) {
            Map<Path, List<String>> failed = new LinkedHashMap<>();
            absolute.forEach(file -> failed.put(file, List.of(noCompiler.getMessage())));
            return new JavaSourceCompiler.Result(Map.of(), failed, parent);
        }
    }

    private static List<Candidate> fromSource(Path file, String location, JavaSourceCompiler.Result compiled) {
        Path key = file.toAbsolutePath().normalize();
        List<String> errors = compiled.errorsBySource().get(key);
        if (errors != null) {
            String problem = String.join("\n", errors);
            LOG.warn("Could not compile `{}`: {}", file, problem);
            return List.of(new Candidate("", null, file, location, problem));
        }
        List<Candidate> found = new ArrayList<>();
        for (String className : compiled.classesBySource().getOrDefault(key, List.of())) {
            Class<? extends Strategy> type = strategyClass(className, compiled.loader(), file);
            if (type != null) {
                found.add(new Candidate(type.getSimpleName(), type, file, location, null));
            }
        }
        return found;
    }

    private static List<Candidate> fromJar(Path jar, String location, ClassLoader host) {
        List<Candidate> found = new ArrayList<>();
        URLClassLoader loader = new URLClassLoader("hertz-strategy-jar", urls(List.of(jar)), host);
        try (JarFile archive = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                String entry = entries.nextElement().getName();
                if (!entry.endsWith(".class") || entry.endsWith("module-info.class") || entry.startsWith("META-INF/")) {
                    continue;
                }
                String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                Class<? extends Strategy> type = strategyClass(className, loader, jar);
                if (type != null) {
                    found.add(new Candidate(type.getSimpleName(), type, jar, location, null));
                }
            }
        } catch (IOException e) {
            String problem = "cannot read jar: " + e.getMessage();
            LOG.warn("Could not load `{}`: {}", jar, problem);
            return List.of(new Candidate("", null, jar, location, problem));
        }
        found.sort((a, b) -> a.name().compareTo(b.name()));
        return found;
    }

    /** The class if it is a usable strategy; {@code null} for helpers and classes that cannot be loaded. */
    private static Class<? extends Strategy> strategyClass(String className, ClassLoader loader, Path file) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("Skipping class {} of {}: {}", className, file, e.toString());
            return null;
        }
        if (!Strategy.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())
                || type.getEnclosingClass() != null) {
            return null;
        }
        return type.asSubclass(Strategy.class);
    }

    /** Where the strategy API is: the code source of this module plus the program's classpath. */
    static List<Path> hostClasspath() {
        Set<Path> entries = new LinkedHashSet<>();
        CodeSource own = Strategy.class.getProtectionDomain().getCodeSource();
        if (own != null && own.getLocation() != null) {
            try {
                entries.add(Path.of(own.getLocation().toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                LOG.debug("Strategy API location {} is not a file: {}", own.getLocation(), e.toString());
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return List.copyOf(entries);
    }

    private static URL[] urls(List<Path> jars) {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Jar path " + jars.get(i) + " gives no URL", e);
            }
        }
        return urls;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.startsWith("__")) {
                return true;
            }
        }
        return false;
    }
}
