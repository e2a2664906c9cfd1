package dev.hertz.notify.telegram;

import dev.hertz.core.config.ConfigException;
import dev.hertz.core.util.PythonFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reply keyboard under every plain reply and notification: freqtrade's default rows, or
 * {@code telegram.keyboard} once every button has been checked against the commands a button may
 * send.
 */
final class Keyboards {
    static final List<List<String>> DEFAULT = List.of(
            List.of("/daily", "/profit", "/balance"),
            List.of("/status", "/status table", "/performance"),
            List.of("/count", "/start", "/stop", "/help"));

    /** freqtrade's allowed button texts; a trailing {@code $} means the whole text must match. */
    static final List<String> VALID = List.of("/start$", "/stop$", "/status$", "/status table$",
            "/trades$", "/performance$", "/buys", "/entries", "/sells", "/exits", "/mix_tags",
            "/daily$", "/daily \\d+$", "/profit$", "/profit \\d+", "/stats$", "/count$", "/locks$",
            "/balance$", "/stopbuy$", "/stopentry$", "/reload_config$", "/show_config$", "/logs$",
            "/whitelist$", "/whitelist(\\ssorted|\\sbaseonly)+$", "/blacklist$", "/bl_delete$",
            "/weekly$", "/weekly \\d+$", "/monthly$", "/monthly \\d+$", "/forcebuy$", "/forcelong$",
            "/forceshort$", "/forcesell$", "/forceexit$", "/edge$", "/health$", "/help$", "/version$",
            "/marketdir (long|short|even|none)$", "/marketdir$");

    private static final List<Pattern> PATTERNS = VALID.stream().map(Pattern::compile).toList();

    private Keyboards() {
    }

    /**
     * The keyboard to use: the default for an empty configuration, else the configured rows.
     *
     * @throws ConfigException naming every button that is not an allowed command
     */
    static List<List<String>> resolve(List<List<String>> configured) {
        if (configured.isEmpty()) {
            return DEFAULT;
        }
        List<String> invalid = new ArrayList<>();
        for (List<String> row : configured) {
            for (String button : row) {
                if (PATTERNS.stream().noneMatch(p -> p.matcher(button).lookingAt())) {
                    invalid.add(button);
                }
            }
        }
        if (!invalid.isEmpty()) {
            throw new ConfigException("config.telegram.keyboard: Invalid commands for custom Telegram keyboard: "
                    + PythonFormat.listRepr(invalid) + "\nvalid commands are: "
                    + PythonFormat.listRepr(VALID.stream().map(v -> v.replace("$", "")).toList()));
        }
        return configured;
    }
}
