package dev.hertz.optimize.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.data.history.FeatherTable;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * freqtrade's backtest result files (reference bot-core §7.6) in one results directory:
 * {@code backtest-result-<YYYY-MM-DD_HH-MM-SS>.json} with the statistics, {@code .meta.json} beside
 * it, {@code .last_result.json} naming the newest, and {@code _market_change.feather}. Writes,
 * reads back, lists, deletes, annotates, and finds a cached result by run id.
 */
public final class BacktestResultFiles {
    public static final String LAST_RESULT = ".last_result.json";
    private static final DateTimeFormatter APPENDIX = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    /** freqtrade's {@code backtest-result-*-[0-9][0-9].json}: result files, not their {@code .meta.json}. */
    private static final Pattern RESULT_FILE = Pattern.compile("backtest-result-.*-[0-9][0-9]\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;

    /** The files in {@code directory} (normally {@code user_data/backtest_results}). */
    public BacktestResultFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** The timestamp appendix of a run started at that local time. */
    public static String appendix(LocalDateTime runTime) {
        return APPENDIX.format(runTime);
    }

    /**
     * Writes a result: the statistics file, its metadata, {@code .last_result.json} and (when given)
     * the market change.
     *
     * @param exportFilename a directory ({@code <dir>/backtest-result-<appendix>.json}) or a file name
     *                       {@code x.json} ({@code <its dir>/x-<appendix>.json})
     * @param result         {@code {"metadata", "strategy", "strategy_comparison"}} as {@link BacktestStats#result} builds it
     * @return the statistics file
     */
    public static Path write(Path exportFilename, ObjectNode result, MarketChange marketChange, LocalDateTime runTime) {
        String appendix = appendix(runTime);
        Path file = fileName(exportFilename, appendix, ".json");
        try {
            Files.createDirectories(file.getParent());
            writeJson(metadataFile(file), result.path("metadata"));
            ObjectNode stats = MAPPER.createObjectNode();
            stats.set("strategy", result.path("strategy"));
            stats.set("strategy_comparison", result.path("strategy_comparison"));
            writeJson(file, stats);
            writeJson(file.getParent().resolve(LAST_RESULT), MAPPER.createObjectNode().put("latest_backtest",
                    file.getFileName().toString()));
            if (marketChange != null) {
                FeatherTable.write(fileName(exportFilename, appendix + "_market_change", ".feather"), "date",
                        marketChange.dates(), List.of(new FeatherTable.Doubles("mean", marketChange.mean()),
                                new FeatherTable.Doubles("rel_mean", marketChange.relMean()),
                                new FeatherTable.Longs("count", marketChange.count())));
            }
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not write backtest result " + file + ": "
                    + e.getMessage(), e);
        }
        return file;
    }

    private static Path fileName(Path exportFilename, String appendix, String suffix) {
        if (Files.isDirectory(exportFilename)) {
            return exportFilename.resolve("backtest-result-" + appendix + suffix);
        }
        Path parent = exportFilename.toAbsolutePath().getParent();
        return parent.resolve(stem(exportFilename.getFileName().toString()) + "-" + appendix + suffix);
    }

    /**
     * freqtrade's {@code load_backtest_stats}: a directory means its latest result (by
     * {@code .last_result.json}), anything else the file itself; the metadata is read in under
     * {@code "metadata"} ({@code {}} without a meta file).
     */
    public static ObjectNode load(Path exportFilename) {
        Path file = exportFilename;
        if (Files.isDirectory(file)) {
            file = file.resolve(latestName(file));
        }
        if (!Files.isRegularFile(file)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "File " + file + " does not exist.");
        }
        JsonNode data = readJson(file);
        if (!data.isObject() || !data.path("strategy").isObject()) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "File " + file
                    + " is not a backtest result (no \"strategy\" object).");
        }
        ObjectNode result = (ObjectNode) data;
        result.set("metadata", metadata(file));
        return result;
    }

    /** The name {@code .last_result.json} in {@code directory} gives for the latest backtest. */
    public static String latestName(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "Directory '" + directory + "' does not exist.");
        }
        Path last = directory.resolve(LAST_RESULT);
        if (!Files.isRegularFile(last)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "Directory '" + directory
                    + "' does not seem to contain backtest statistics yet.");
        }
        JsonNode name = readJson(last).get("latest_backtest");
        if (name == null || !name.isTextual()) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Invalid '" + LAST_RESULT + "' format.");
        }
        return name.asText();
    }

    /** The history: one entry per strategy of every result file, newest file first. */
    public List<BacktestHistoryEntry> list() {
        List<BacktestHistoryEntry> out = new ArrayList<>();
        for (Path file : resultFiles()) {
            out.addAll(entries(file));
        }
        return out;
    }

    /**
     * One strategy of a stored result as the API's history serves it: metadata (with
     * {@code filename}), statistics and its comparison line.
     */
    public ObjectNode read(String stem, String strategy) {
        Path file = resolve(stem);
        ObjectNode data = load(file);
        JsonNode stats = data.path("strategy").get(strategy);
        if (stats == null) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Strategy " + strategy + " not in " + stem + ".");
        }
        ObjectNode result = MAPPER.createObjectNode();
        ObjectNode meta = data.path("metadata").path(strategy).isObject()
                ? ((ObjectNode) data.path("metadata").get(strategy)).deepCopy() : MAPPER.createObjectNode();
        meta.put("filename", stem);
        result.putObject("metadata").set(strategy, meta);
        result.putObject("strategy").set(strategy, stats);
        ArrayNode comparison = result.putArray("strategy_comparison");
        for (JsonNode line : data.path("strategy_comparison")) {
            if (strategy.equals(line.path("key").asText())) {
                comparison.add(line);
                break;
            }
        }
        return result;
    }

    /** Deletes the result file and everything named after it (metadata, market change, signals). */
    public List<BacktestHistoryEntry> delete(String stem) {
        Path file = resolve(stem);
        if (!Files.isRegularFile(file)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "File not found.");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob(stem(file.getFileName().toString())))) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not delete " + stem + ": " + e.getMessage(), e);
        }
        return list();
    }

    /** Stores {@code notes} for one strategy in the result's metadata; returns that file's entries. */
    public List<BacktestHistoryEntry> updateNotes(String stem, String strategy, String notes) {
        Path file = resolve(stem);
        ObjectNode metadata = metadata(file);
        if (metadata.isEmpty()) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "File does not exist.");
        }
        if (!metadata.path(strategy).isObject()) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, "Strategy not in metadata.");
        }
        ((ObjectNode) metadata.get(strategy)).put("notes", notes == null ? "" : notes);
        try {
            writeJson(metadataFile(file), metadata);
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not write the notes: " + e.getMessage(), e);
        }
        return entries(file);
    }

    /** The {@code <stem>_market_change.feather} series. */
    public MarketChange marketChange(String stem) {
        Path file = resolve(stem);
        Path feather = file.resolveSibling(stem(file.getFileName().toString()) + "_market_change.feather");
        if (!Files.isRegularFile(feather)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "File not found.");
        }
        try {
            FeatherTable.Table table = FeatherTable.read(feather);
            if (!(table.column("mean") instanceof FeatherTable.Doubles mean)
                    || !(table.column("rel_mean") instanceof FeatherTable.Doubles relMean)
                    || !(table.column("count") instanceof FeatherTable.Longs count)) {
                throw new ResultFileException(ResultFileException.Kind.INVALID, feather.getFileName()
                        + " lacks the columns mean, rel_mean (float) and count (integer).");
            }
            return new MarketChange(table.datesMillis(), mean.values(), relMean.values(), count.values());
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, feather.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * freqtrade's {@code find_existing_backtest_stats}: for each strategy the newest stored result
     * with its run id, unless the newest result of that strategy is older than {@code minDate}.
     * Strategies found are merged into one result object (empty maps when none).
     */
    public ObjectNode findExisting(Map<String, String> runIds, Instant minDate) {
        Map<String, String> wanted = new LinkedHashMap<>(runIds);
        ObjectNode results = MAPPER.createObjectNode();
        ObjectNode metadataOut = results.putObject("metadata");
        ObjectNode strategies = results.putObject("strategy");
        ArrayNode comparison = results.putArray("strategy_comparison");
        for (Path file : wanted.isEmpty() ? List.<Path>of() : resultFiles()) {
            ObjectNode metadata = metadata(file);
            if (metadata.isEmpty()) {
                // files are newest first: an older one without metadata predates run ids altogether
                break;
            }
            for (String strategy : List.copyOf(wanted.keySet())) {
                JsonNode meta = metadata.get(strategy);
                if (meta == null || !meta.isObject()) {
                    continue;
                }
                if (minDate != null && Instant.ofEpochSecond(meta.path("backtest_start_time").asLong()).isBefore(minDate)) {
                    wanted.remove(strategy);
                    continue;
                }
                if (wanted.get(strategy).equals(meta.path("run_id").asText())) {
                    wanted.remove(strategy);
                    ObjectNode one = read(stem(file.getFileName().toString()), strategy);
                    metadataOut.set(strategy, one.path("metadata").get(strategy));
                    strategies.set(strategy, one.path("strategy").get(strategy));
                    one.path("strategy_comparison").forEach(comparison::add);
                }
            }
            if (wanted.isEmpty()) {
                break;
            }
        }
        return results;
    }

    private List<BacktestHistoryEntry> entries(Path file) {
        List<BacktestHistoryEntry> out = new ArrayList<>();
        String stem = stem(file.getFileName().toString());
        metadata(file).properties().forEach(e -> {
            JsonNode v = e.getValue();
            out.add(new BacktestHistoryEntry(stem, e.getKey(), v.path("run_id").asText(),
                    v.path("backtest_start_time").asLong(), v.path("notes").asText(""),
                    v.hasNonNull("backtest_start_ts") ? v.get("backtest_start_ts").asLong() : null,
                    v.hasNonNull("backtest_end_ts") ? v.get("backtest_end_ts").asLong() : null,
                    v.hasNonNull("timeframe") ? v.get("timeframe").asText() : null,
                    v.hasNonNull("timeframe_detail") ? v.get("timeframe_detail").asText() : null));
        });
        return out;
    }

    private List<Path> resultFiles() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.filter(f -> RESULT_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not list " + directory + ": " + e.getMessage(), e);
        }
    }

    /** {@code <directory>/<stem>.json}; a name leading outside the directory is not found. */
    private Path resolve(String stem) {
        if (stem == null || stem.isBlank()) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "File not found.");
        }
        Path file = directory.resolve(stem(stem) + ".json").normalize();
        if (!file.getParent().equals(directory)) {
            throw new ResultFileException(ResultFileException.Kind.NOT_FOUND, "File not found.");
        }
        return file;
    }

    private static ObjectNode metadata(Path resultFile) {
        Path meta = metadataFile(resultFile);
        try {
            JsonNode node = MAPPER.readTree(Files.readString(meta));
            if (!(node instanceof ObjectNode object)) {
                throw new ResultFileException(ResultFileException.Kind.INVALID, meta.getFileName() + " is not a JSON object.");
            }
            return object;
        } catch (NoSuchFileException e) {
            return MAPPER.createObjectNode();
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.INVALID,
                    "Unexpected error while loading backtest metadata " + meta.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Path metadataFile(Path resultFile) {
        return resultFile.resolveSibling(stem(resultFile.getFileName().toString()) + ".meta.json");
    }

    /** Python's {@code Path.stem}: the name without its last suffix. */
    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A glob matching names that start with {@code prefix} (glob characters in it taken literally). */
    private static String glob(String prefix) {
        return prefix.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1") + "*";
    }

    private static JsonNode readJson(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ResultFileException(ResultFileException.Kind.INVALID, file.getFileName() + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ResultFileException(ResultFileException.Kind.IO, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeJson(Path file, JsonNode value) throws IOException {
        Files.writeString(file, MAPPER.writeValueAsString(value));
    }
}
