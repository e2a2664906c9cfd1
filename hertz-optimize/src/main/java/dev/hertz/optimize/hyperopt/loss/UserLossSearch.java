package dev.hertz.optimize.hyperopt.loss;

import dev.hertz.core.strategy.JavaSourceCompiler;
import dev.hertz.core.strategy.StrategyLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds user loss classes in one folder ({@code user_data/hyperopts} or {@code --hyperopt-path}):
 * its {@code .java} files are compiled together in memory, as strategies are, and every public,
 * top-level, non-abstract {@link HyperOptLoss} among them counts. A file that does not compile is
 * reported as a failed entry; its neighbours still load.
 */
final class UserLossSearch {
    private static final Logger LOG = LoggerFactory.getLogger(UserLossSearch.class);

    /**
     * A loss class found, or a file that failed.
     *
     * @param name        the class's simple name; {@code ""} for a file that failed as a whole
     * @param type        null when loading failed
     * @param location    the file name relative to the folder
     * @param description the class's Javadoc text, {@code ""} without one
     * @param problem     why it failed; null when it did not
     */
    record Found(String name, Class<? extends HyperOptLoss> type, Path file, String location, String description,
                 String problem) {
        boolean loaded() {
            return type != null;
        }
    }

    private UserLossSearch() {
    }

    static List<Found> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> sources;
        try (Stream<Path> list = Files.list(folder)) {
            sources = list.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".java"))
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read hyperopt loss folder " + folder, e);
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        JavaSourceCompiler.Result compiled;
        try {
            compiled = new JavaSourceCompiler(hostClasspath()).compile(sources, List.of(),
                    HyperOptLoss.class.getClassLoader());
        } catch (StrategyLoadException noCompiler) {
            return sources.stream().map(f -> failed(f, noCompiler.getMessage())).toList();
        }
        List<Found> found = new ArrayList<>();
        for (Path file : sources) {
            List<String> errors = compiled.errorsBySource().get(file);
            if (errors != null) {
                String problem = String.join("\n", errors);
                LOG.warn("Could not compile `{}`: {}", file, problem);
                found.add(failed(file, problem));
                continue;
            }
            for (String className : compiled.classesBySource().getOrDefault(file, List.of())) {
                Class<? extends HyperOptLoss> type = lossClass(className, compiled.loader());
                if (type != null) {
                    found.add(new Found(type.getSimpleName(), type, file, file.getFileName().toString(),
                            javadoc(file, type.getSimpleName()), null));
                }
            }
        }
        return found;
    }

    private static Found failed(Path file, String problem) {
        return new Found("", null, file, file.getFileName().toString(), "", problem);
    }

    private static Class<? extends HyperOptLoss> lossClass(String className, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.debug("Skipping class {}: {}", className, e.toString());
            return null;
        }
        int modifiers = type.getModifiers();
        if (!HyperOptLoss.class.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(modifiers)
                || !Modifier.isPublic(modifiers) || type.getEnclosingClass() != null) {
            return null;
        }
        return type.asSubclass(HyperOptLoss.class);
    }

    /** The Javadoc comment right before {@code class <name>} in the source, without its stars. */
    static String javadoc(Path file, String className) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
        Pattern pattern = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*"
                + "(?:(?:public|final|abstract|sealed|non-sealed|strictfp)\\s+)*class\\s+" + Pattern.quote(className)
                + "\\b", Pattern.DOTALL);
        Matcher m = pattern.matcher(source);
        if (!m.find()) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (String line : m.group(1).split("\n")) {
            String text = line.strip();
            if (text.startsWith("*")) {
                text = text.substring(1).strip();
            }
            lines.add(text);
        }
        return String.join("\n", lines).strip();
    }

    /** Where the loss API is: this module's code source plus the program's classpath. */
    private static List<Path> hostClasspath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> anchor : List.of(HyperOptLoss.class, JavaSourceCompiler.class)) {
            CodeSource own = anchor.getProtectionDomain().getCodeSource();
            if (own != null && own.getLocation() != null) {
                try {
                    entries.add(Path.of(own.getLocation().toURI()));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    LOG.debug("Code location {} is not a file: {}", own.getLocation(), e.toString());
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry));
            }
        }
        return List.copyOf(entries);
    }
}
