package dev.hertz.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads one configuration document (a file or stdin) into an object tree, with user-facing errors. */
final class ConfigFileReader {

    /** How many characters around a syntax error are shown, as freqtrade does. */
    private static final int SEGMENT_RADIUS = 80;

    private ConfigFileReader() {
    }

    /** Reads {@code file}; {@code shownAs} is how the file is named in messages. */
    static ObjectNode readFile(Path file, String shownAs) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw notFound(shownAs);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw notFound(shownAs);
            }
            throw new ConfigException("Config file \"" + shownAs + "\" could not be read: " + e, e);
        }
        return parse(stripByteOrderMark(text), "config file \"" + shownAs + "\"");
    }

    /** Reads a whole configuration from {@code stdin} (the {@code -c -} case). */
    static ObjectNode readStdin(InputStream stdin) {
        String text;
        try {
            text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Could not read the configuration from stdin: " + e, e);
        }
        return parse(stripByteOrderMark(text), "the configuration from stdin");
    }

    /** Editors on Windows like to start UTF-8 files with a byte order mark; it is not JSON. */
    private static String stripByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Parses {@code text} in the config dialect; {@code source} names it in messages. */
    static ObjectNode parse(String text, String source) {
        JsonNode root;
        try {
            root = JsonTrees.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxError(text, source, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new ConfigException("Invalid JSON in " + source + ": the document is empty.");
        }
        if (!(root instanceof ObjectNode object)) {
            throw new ConfigException("Invalid configuration in " + source
                    + ": the top level must be a JSON object ({...}), found " + JsonTrees.describe(root) + ".");
        }
        return object;
    }

    private static ConfigException notFound(String shownAs) {
        return new ConfigException("Config file \"" + shownAs + "\" not found!"
                + " Please create a config file or check whether it exists.");
    }

    private static ConfigException syntaxError(String text, String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        StringBuilder message = new StringBuilder("Invalid JSON in ").append(source);
        if (location != null && location.getLineNr() > 0) {
            message.append(" at line ").append(location.getLineNr())
                    .append(", column ").append(location.getColumnNr());
        }
        message.append(": ").append(e.getOriginalMessage());
        long offset = location == null ? -1 : location.getCharOffset();
        String segment = offset < 0 ? "" : segmentAround(text, (int) Math.min(offset, text.length()));
        if (segment.isBlank()) {
            message.append("\nPlease verify your configuration file for syntax errors.");
        } else {
            message.append("\nPlease verify the following segment of your configuration:\n").append(segment);
        }
        return new ConfigException(message.toString(), e);
    }

    /**
     * Up to 80 characters either side of the error; when that spans more than three lines the first
     * and last (probably cut) lines are dropped, exactly as freqtrade trims its excerpt.
     */
    static String segmentAround(String text, int offset) {
        String window = text.substring(Math.max(0, offset - SEGMENT_RADIUS), Math.min(text.length(), offset + SEGMENT_RADIUS));
        String[] lines = window.split("\n", -1);
        if (lines.length > 3) {
            return String.join("\n", Arrays.copyOfRange(lines, 1, lines.length - 1));
        }
        return window;
    }
}
