package dev.hertz.api.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the installed web UI lives. freqtrade keeps it inside its Python package; Hertz runs from a
 * jar, so the UI goes to the user's data directory instead, shared by every bot of that user:
 * {@code $HERTZ_UI_DIR}, else {@code $XDG_DATA_HOME/hertz/ui}, else {@code ~/.local/share/hertz/ui}.
 * The installer writes the release's files there plus {@value #VERSION_FILE} with the version.
 */
public final class UiDirectory {
    /** Name of the file holding the installed FreqUI version, as freqtrade names it. */
    public static final String VERSION_FILE = ".uiversion";

    private UiDirectory() {
    }

    /** The default install location for the given environment (the process environment in production). */
    public static Path defaultLocation(Map<String, String> env) {
        String explicit = env.get("HERTZ_UI_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "hertz", "ui").normalize();
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".local", "share", "hertz", "ui").toAbsolutePath().normalize();
    }

    /**
     * The version recorded in {@code dir/.uiversion}, trimmed; empty when no UI is installed there.
     * An unreadable file counts as no version: it only labels the UI, and the next install rewrites it.
     */
    public static Optional<String> installedVersion(Path dir) {
        Path file = dir.resolve(VERSION_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String version = Files.readString(file, StandardCharsets.UTF_8).trim();
            return version.isEmpty() ? Optional.empty() : Optional.of(version);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
