package dev.hertz.client.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's arguments bound to its parameters the way freqtrade-client binds them: words
 * containing {@code =} are keyword arguments ({@code limit=5}), the others fill the positional
 * parameters in order. Every value arrives as text and is converted when the command reads it,
 * so a bad value is reported with the parameter's name.
 */
final class Arguments {
    private final String command;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    /**
     * @throws UsageException for unknown keywords, too many positional arguments, a value given
     *                        twice or a missing required one
     */
    static Arguments bind(Command command, List<String> words) {
        Arguments args = new Arguments(command.name());
        List<Param> positional = command.params().stream().filter(p -> !p.keywordOnly()).toList();
        int next = 0;
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                String key = word.substring(0, eq);
                Param param = command.params().stream().filter(p -> p.answersTo(key)).findFirst()
                        .orElseThrow(() -> new UsageException(command.name() + " has no parameter '" + key
                                + "'; usage: " + command.usage()));
                args.put(param, param.rest() ? Arrays.asList(word.substring(eq + 1).split(",")) : word.substring(eq + 1));
            } else if (next < positional.size() && positional.get(next).rest()) {
                args.append(positional.get(next), word);
            } else if (next < positional.size()) {
                args.put(positional.get(next++), word);
            } else {
                throw new UsageException(command.name() + " takes at most " + positional.size()
                        + " positional argument(s), got '" + word + "' too; usage: " + command.usage());
            }
        }
        for (Param p : command.params()) {
            if (p.required() && !args.values.containsKey(p.name())) {
                throw new UsageException(command.name() + " needs the argument '" + p.name() + "'; usage: "
                        + command.usage());
            }
        }
        return args;
    }

    private void put(Param param, Object value) {
        if (values.putIfAbsent(param.name(), value) != null) {
            throw new UsageException(command + " got '" + param.name() + "' twice");
        }
    }

    @SuppressWarnings("unchecked")
    private void append(Param param, String word) {
        ((List<String>) values.computeIfAbsent(param.name(), k -> new ArrayList<String>())).add(word);
    }

    /** The text given for {@code name}; null when absent. */
    String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    /** The value of {@code name} as an integer; null when absent. */
    Integer integer(String name) {
        String v = string(name);
        try {
            return v == null ? null : Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " must be a whole number, got '" + v + "'");
        }
    }

    /** The value of the required {@code name} as a long. */
    long longValue(String name) {
        String v = string(name);
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " must be a whole number, got '" + v + "'");
        }
    }

    /** The value of {@code name} as a number; null when absent. */
    Double number(String name) {
        String v = string(name);
        try {
            return v == null ? null : Double.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": " + name + " must be a number, got '" + v + "'");
        }
    }

    /** The words given for a rest parameter, or a comma-separated keyword value, as a list; null when absent. */
    @SuppressWarnings("unchecked")
    List<String> list(String name) {
        Object v = values.get(name);
        if (v == null) {
            return null;
        }
        return v instanceof List<?> list ? (List<String>) list : Arrays.asList(v.toString().split(","));
    }
}
