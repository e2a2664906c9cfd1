package dev.hertz.notify.telegram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The commands by name (aliases included), the Refresh callbacks, and the picker button prefixes. */
final class CommandTable {
    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final List<List<String>> groups = new ArrayList<>();
    private final Map<String, Command> refreshes = new LinkedHashMap<>();
    private final Map<String, Function<String, ButtonOutcome>> buttons = new LinkedHashMap<>();

    /** Registers {@code command} under its name and aliases. */
    void add(Command command, String... names) {
        for (String name : names) {
            if (commands.putIfAbsent(name, command) != null) {
                throw new IllegalStateException("Telegram command /" + name + " registered twice");
            }
        }
        groups.add(List.of(names));
    }

    /** A Refresh button's callback data and the command it re-runs (without arguments). */
    void refresh(String callback, Command command) {
        refreshes.put(callback, command);
    }

    /** Picker buttons whose callback data starts with {@code prefix}. */
    void button(String prefix, Function<String, ButtonOutcome> handler) {
        buttons.put(prefix, handler);
    }

    Optional<Command> command(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    Optional<Command> refresh(String callback) {
        return Optional.ofNullable(refreshes.get(callback));
    }

    /** The picker handler for {@code data}, if a prefix matches. */
    Optional<Function<String, ButtonOutcome>> button(String data) {
        return buttons.entrySet().stream().filter(e -> data.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }

    /** The command names grouped with their aliases, as the start-up log lists them. */
    List<List<String>> groups() {
        return List.copyOf(groups);
    }
}
