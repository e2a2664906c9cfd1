package dev.hertz.client.cli;

import java.util.List;

/**
 * One parameter of a command line command.
 *
 * @param name        its name, also the keyword ({@code limit=5})
 * @param required    whether the command needs it
 * @param keywordOnly only as {@code name=value}, never positional
 * @param rest        takes every remaining positional argument ({@code blacklist BTC/USDT ETH/USDT})
 * @param aliases     further keywords accepted for it (freqtrade-client's spellings)
 */
record Param(String name, boolean required, boolean keywordOnly, boolean rest, List<String> aliases) {

    static Param required(String name) {
        return new Param(name, true, false, false, List.of());
    }

    static Param optional(String name) {
        return new Param(name, false, false, false, List.of());
    }

    static Param keyword(String name, String... aliases) {
        return new Param(name, false, true, false, List.of(aliases));
    }

    static Param rest(String name) {
        return new Param(name, false, false, true, List.of());
    }

    boolean answersTo(String keyword) {
        return name.equals(keyword) || aliases.contains(keyword);
    }

    /** {@code <pair>}, {@code [side]}, {@code [order_type=...]}, {@code [pairs...]}. */
    String usage() {
        if (keywordOnly) {
            return "[" + name + "=...]";
        }
        if (rest) {
            return "[" + name + "...]";
        }
        return required ? "<" + name + ">" : "[" + name + "]";
    }
}
