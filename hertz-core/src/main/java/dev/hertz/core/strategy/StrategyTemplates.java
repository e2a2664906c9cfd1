package dev.hertz.core.strategy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Strategy source files for users to start from: the sample strategy that {@code create-userdir}
 * deploys, and the {@code new-strategy} templates.
 *
 * <p>A new strategy is one base template with six parts filled in (attributes, plot config,
 * indicators, entry and exit conditions, extra methods), each in a {@code minimal}, {@code full}
 * or {@code advanced} flavour; a part missing in a flavour falls back to {@code full} (extra
 * methods to none), as freqtrade's templates do.
 */
public final class StrategyTemplates {

    /** The {@code --template} choices. */
    public enum Template {
        MINIMAL, FULL, ADVANCED;

        /** The template name as given on the command line. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** File name of the sample strategy in {@code user_data/strategies}. */
    public static final String SAMPLE_FILE = "SampleStrategy.java";

    private static final String BASE = "templates/";
    private static final List<String> PARTS = List.of("attributes", "plot_config", "indicators", "entry_trend",
            "exit_trend", "methods");
    private static final Set<String> OPTIONAL_PARTS = Set.of("methods");

    private StrategyTemplates() {
    }

    /** The source of {@code SampleStrategy.java}. */
    public static String sampleStrategy() {
        return resource(BASE + SAMPLE_FILE);
    }

    /**
     * The source of a new strategy class {@code name} from {@code template}.
     *
     * @throws IllegalArgumentException when {@code name} cannot be a Java class name
     */
    public static String render(String name, Template template) {
        if (!SourceVersion.isName(name) || name.contains(".")) {
            throw new IllegalArgumentException("`" + name + "` is not a valid Java class name: use letters, digits"
                    + " and underscores, starting with a letter (e.g. MyStrategy).");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("strategy", name);
        for (String part : PARTS) {
            String key = part.equals("methods") ? "additional_methods" : part;
            values.put(key, part(part, template.value()));
        }
        String text = resource(BASE + "base_strategy.java.tmpl");
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("${" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    private static String part(String part, String flavour) {
        String own = optionalResource(BASE + "parts/" + part + "_" + flavour + ".tmpl");
        if (own != null) {
            return own;
        }
        return OPTIONAL_PARTS.contains(part) ? "" : resource(BASE + "parts/" + part + "_full.tmpl");
    }

    private static String resource(String name) {
        String text = optionalResource(name);
        if (text == null) {
            throw new IllegalStateException("Strategy template " + name + " is missing from the Hertz jar");
        }
        return text;
    }

    private static String optionalResource(String name) {
        try (InputStream in = StrategyTemplates.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read strategy template " + name, e);
        }
    }
}
