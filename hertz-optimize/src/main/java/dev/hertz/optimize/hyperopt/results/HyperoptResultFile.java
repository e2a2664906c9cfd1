package dev.hertz.optimize.hyperopt.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.hertz.optimize.results.ResultFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A hyperopt run's {@code .fthypt} file (reference bot-core §8.4):
 * {@code <user_data>/hyperopt_results/strategy_<Name>_<YYYY-MM-DD_HH-MM-SS>.fthypt}, one JSON
 * object per line per epoch, appended as epochs are reported, with {@code .last_result.json}
 * naming the file after every epoch so an interrupted run can still be listed. NaN is written
 * bare, as freqtrade does, and read back.
 */
public final class HyperoptResultFile {
    public static final String LAST_RESULT = ".last_result.json";
    private static final Logger LOG = LoggerFactory.getLogger(HyperoptResultFile.class);
    private static final DateTimeFormatter APPENDIX = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    private final Path file;

    private HyperoptResultFile(Path file) {
        this.file = file;
    }

    /**
     * Starts the result file of a run: creates {@code resultsDirectory} when missing and removes a
     * file of the same name (a run started in the same second).
     *
     * @param runStart local time at the start of the run
     */
    public static HyperoptResultFile create(Path resultsDirectory, String strategyName, LocalDateTime runStart) {
        Path file = resultsDirectory.resolve("strategy_" + strategyName + "_" + APPENDIX.format(runStart) + ".fthypt");
        try {
            Files.createDirectories(resultsDirectory);
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not create hyperopt result file " + file
                    + ": " + e.getMessage(), e);
        }
        return new HyperoptResultFile(file);
    }

    public Path path() {
        return file;
    }

    /** Appends one epoch as a line and points {@code .last_result.json} at this file. */
    public synchronized void append(Epoch epoch) {
        try {
            Files.writeString(file, MAPPER.writeValueAsString(epoch.toJson()) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Files.writeString(file.resolveSibling(LAST_RESULT), MAPPER.writeValueAsString(
                    MAPPER.createObjectNode().put("latest_hyperopt", file.getFileName().toString())),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not write hyperopt result file " + file
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * The file {@code hyperopt-list} and {@code hyperopt-show} read: {@code filename}
     * ({@code --hyperopt-filename}, a name inside {@code resultsDirectory}) or else the one
     * {@code .last_result.json} names.
     *
     * @throws ResultFileException for a path instead of a name, or when there is no latest result
     */
    public static Path locate(Path resultsDirectory, String filename) {
        if (filename != null && !filename.isEmpty()) {
            Path name = Path.of(filename);
            if (name.getParent() != null || name.isAbsolute()) {
                throw new ResultFileException(ResultFileException.Kind.INVALID,
                        "--hyperopt-filename expects only the filename, not an absolute path.");
            }
            return resultsDirectory.resolve(name);
        }
        Path last = resultsDirectory.resolve(LAST_RESULT);
        if (!Files.isRegularFile(last)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "No hyperopt results found in "
                    + resultsDirectory + " (no " + LAST_RESULT + "). Run hyperopt first, or name a file with "
                    + "--hyperopt-filename.");
        }
        JsonNode latest;
        try {
            latest = MAPPER.readTree(last.toFile()).get("latest_hyperopt");
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Invalid '" + LAST_RESULT + "' in "
                    + resultsDirectory + ": " + e.getMessage(), e);
        }
        if (latest == null || !latest.isTextual()) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Invalid '" + LAST_RESULT + "' in "
                    + resultsDirectory + ": no \"latest_hyperopt\" file name.");
        }
        return resultsDirectory.resolve(latest.asText());
    }

    /**
     * Every epoch of a result file, in file order. A line that is not a valid epoch is skipped
     * with a warning naming its line number.
     *
     * @throws ResultFileException NOT_FOUND for a missing or empty file; INVALID for a legacy
     *         {@code .pickle} file or a file whose first epoch has no {@code is_best} (written by
     *         an incompatible version)
     */
    public static List<Epoch> read(Path file) {
        if (file.getFileName().toString().endsWith(".pickle")) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Legacy hyperopt results are no longer "
                    + "supported. Please rerun hyperopt or use an older version to load this file.");
        }
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "Hyperopt file " + file + " not found.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Reading epochs from '{}'", file);
        List<Epoch> epochs = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                Epoch epoch;
                try {
                    node = MAPPER.readTree(line);
                    epoch = Epoch.fromJson(node);
                } catch (JacksonException | IllegalArgumentException e) {
                    LOG.warn("Skipping line {} of {}: not a valid epoch ({}).", number, file.getFileName(),
                            e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage());
                    continue;
                }
                if (epochs.isEmpty() && (!node.has("is_best") || node.get("is_best").isNull())) {
                    throw new ResultFileException(ResultFileException.Kind.INVALID, "The file with hyperopt results "
                            + file.getFileName() + " is incompatible with this version of Hertz and cannot be loaded.");
                }
                epochs.add(epoch);
            }
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not read hyperopt result file " + file
                    + ": " + e.getMessage(), e);
        }
        LOG.info("Loaded {} previous evaluations from disk.", epochs.size());
        return epochs;
    }
}
