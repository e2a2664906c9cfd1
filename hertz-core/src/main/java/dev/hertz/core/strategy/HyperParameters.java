package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a strategy's hyperopt parameters (its {@link HyperParameter} fields) and gives them their
 * stored values: freqtrade's {@code detect_parameters} and {@code ft_load_hyper_params}.
 */
public final class HyperParameters {

    /**
     * One hyperoptable parameter of a strategy.
     *
     * @param name      the field name
     * @param space     {@code buy}, {@code sell} or {@code protection}
     * @param parameter the field's value
     */
    public record Detected(String name, String space, HyperParameter<?> parameter) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(HyperParameters.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HyperParameters() {
    }

    /**
     * The parameters of {@code strategy} that belong to a space, sorted by name. Parameters with
     * neither an explicit space nor a space prefix in their name are left out, as in freqtrade.
     *
     * @throws StrategyLoadException for a name whose prefix contradicts its explicit space, or a
     *         field that cannot be read
     */
    public static List<Detected> detect(Strategy strategy) {
        List<Detected> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> type = strategy.getClass(); type != Strategy.class && type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || !HyperParameter.class.isAssignableFrom(field.getType())
                        || !seen.add(field.getName())) {
                    continue;
                }
                HyperParameter<?> parameter = read(strategy, field);
                if (parameter == null) {
                    continue;
                }
                String space = space(field.getName(), parameter);
                if (space != null) {
                    found.add(new Detected(field.getName(), space, parameter));
                }
            }
        }
        found.sort(Comparator.comparing(Detected::name));
        return List.copyOf(found);
    }

    /** The detected parameters of one space. */
    public static List<Detected> detect(Strategy strategy, String space) {
        return detect(strategy).stream().filter(d -> d.space().equals(space)).toList();
    }

    /**
     * Gives every parameter its value. Priority: the parameter file's {@code params.<space>}, then
     * the strategy's {@code buyParams}/{@code sellParams}/{@code protectionParams}, then the
     * default; a parameter with {@code load(false)} keeps its default.
     *
     * @param fromFile      the {@code params} object of the parameter file (may be empty)
     * @param searchedSpaces spaces a hyperopt run is searching; empty outside hyperopt
     * @throws StrategyLoadException naming a stored value that does not fit its parameter
     */
    static void load(Strategy strategy, ObjectNode fromFile, Set<String> searchedSpaces) {
        List<Detected> detected = detect(strategy);
        for (String space : List.of("buy", "sell", "protection")) {
            ObjectNode inClass = MAPPER.valueToTree(strategy.storedParams(space));
            ObjectNode inFile = fromFile.get(space) instanceof ObjectNode file ? file : MAPPER.createObjectNode();
            if (inClass.isEmpty() && inFile.isEmpty()) {
                LOG.info("No params for {} found, using default values.", space);
            }
            for (Detected d : detected) {
                if (d.space().equals(space)) {
                    d.parameter().bind(d.name(), space, searchedSpaces.contains(space));
                    JsonNode stored = stored(inFile, d.name());
                    apply(strategy, d, stored != null ? stored : stored(inClass, d.name()));
                }
            }
        }
    }

    /** The value stored under the field name or, as a freqtrade strategy names it, in snake_case. */
    private static JsonNode stored(ObjectNode values, String name) {
        JsonNode value = values.get(name);
        return value != null ? value : values.get(snakeCase(name));
    }

    private static void apply(Strategy strategy, Detected d, JsonNode value) {
        HyperParameter<?> parameter = d.parameter();
        if (value == null) {
            LOG.info("Strategy Parameter(default): {} = {}", d.name(), parameter.rawValue());
        } else if (!parameter.isLoad()) {
            LOG.warn("Parameter \"{}\" exists, but is disabled. Default value \"{}\" used.", d.name(), parameter.rawValue());
        } else {
            try {
                parameter.loadValue(value);
            } catch (IllegalArgumentException e) {
                throw new StrategyLoadException("Strategy " + strategy.name() + ": stored value of parameter "
                        + d.name() + " (" + d.space() + "): " + e.getMessage());
            }
            LOG.info("Strategy Parameter: {} = {}", d.name(), parameter.rawValue());
        }
    }

    /** {@code buyRsi} → {@code buy_rsi}: how the same parameter is named in a freqtrade strategy. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String space(String name, HyperParameter<?> parameter) {
        String fromName = null;
        for (String space : List.of("buy", "sell", "protection")) {
            if (name.startsWith(space + "_") || name.length() > space.length() && name.startsWith(space)
                    && Character.isUpperCase(name.charAt(space.length()))) {
                fromName = space;
            }
        }
        String explicit = parameter.space().orElse(null);
        if (fromName != null && explicit != null && !fromName.equals(explicit)) {
            throw new StrategyLoadException("Inconclusive parameter name " + name + ", category: " + explicit + ".");
        }
        return explicit != null ? explicit : fromName;
    }

    private static HyperParameter<?> read(Strategy strategy, Field field) {
        if (!field.trySetAccessible()) {
            throw new StrategyLoadException("Strategy " + strategy.name() + ": cannot read parameter field "
                    + field.getName() + "; make it non-private");
        }
        try {
            return (HyperParameter<?>) field.get(strategy);
        } catch (IllegalAccessException e) {
            throw new StrategyLoadException("Strategy " + strategy.name() + ": cannot read parameter field "
                    + field.getName() + ": " + e.getMessage(), e);
        }
    }
}
