package dev.hertz.core.data.history;

import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.Candles;
import dev.hertz.core.data.TimeRange;
import dev.hertz.core.data.Timeframe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The candle history of one data directory in one format, laid out and named exactly as
 * freqtrade does (see {@link HistoryFiles}), so the same {@code user_data/data/<exchange>} folder
 * works for both.
 *
 * <p>Reads return {@link Candles}: sorted, one candle per date (repeated dates merged as freqtrade
 * merges them). Writes replace the file atomically, so a crash leaves the old file or the new one.
 * Problems with a file are {@link HistoryException}s naming it.
 */
public final class HistoryStore {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);
    private static final DateTimeFormatter PRINT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Path datadir;
    private final DataFormat format;
    private final OhlcvCodec codec;

    public HistoryStore(Path datadir, DataFormat format) {
        this.datadir = datadir;
        this.format = format;
        this.codec = OhlcvCodec.of(format);
    }

    public Path datadir() {
        return datadir;
    }

    public DataFormat format() {
        return format;
    }

    /** Where the series is (or would be) stored. */
    public Path file(SeriesKey key) {
        return HistoryFiles.file(datadir, key, format);
    }

    /**
     * freqtrade's {@code ohlcv_get_available_data}: every series stored in this format for the
     * trading mode (spot files in the data directory; in futures mode the {@code futures} folder),
     * in freqtrade's listing order.
     *
     * @throws HistoryException when the data directory does not exist
     */
    public List<SeriesKey> available(TradingMode mode) {
        requireDatadir();
        return list(mode == TradingMode.FUTURES ? datadir.resolve(HistoryFiles.FUTURES_DIR) : datadir);
    }

    /** The series of both folders (spot and futures), as {@code convert-data} needs them. */
    public List<SeriesKey> availableAll() {
        requireDatadir();
        List<SeriesKey> all = new ArrayList<>(list(datadir));
        all.addAll(list(datadir.resolve(HistoryFiles.FUTURES_DIR)));
        all.sort(SeriesKey.ORDER);
        return all;
    }

    private void requireDatadir() {
        if (!Files.isDirectory(datadir)) {
            throw new HistoryException("Data directory " + datadir + " does not exist.");
        }
    }

    private List<SeriesKey> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(f -> HistoryFiles.parse(f.getFileName().toString(), format).stream())
                    .sorted(SeriesKey.ORDER)
                    .toList();
        } catch (IOException e) {
            throw new HistoryException("Cannot list data directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@link #load(SeriesKey, TimeRange)} for the given parts. */
    public Candles load(String pair, String timeframe, CandleType candleType, TimeRange range) {
        return load(new SeriesKey(pair, timeframe, candleType), range);
    }

    /**
     * freqtrade's {@code ohlcv_load} with its defaults: the candles inside {@code range} (both ends
     * inclusive), gaps filled with volume-0 candles. A missing file gives no candles and a warning.
     */
    public Candles load(SeriesKey key, TimeRange range) {
        return load(key, range, true);
    }

    /** As {@link #load(SeriesKey, TimeRange)}, with gap filling optional. */
    public Candles load(SeriesKey key, TimeRange range, boolean fillMissing) {
        Candles candles = read(key);
        if (candles.isEmpty()) {
            warnNoData(key);
            return candles;
        }
        if (range.hasStart() || range.hasStop()) {
            warnIfShort(key, candles, range);
            candles = candles.trim(range);
            if (candles.isEmpty()) {
                warnNoData(key);
                return candles;
            }
        }
        return fillMissing ? CandleCleaner.fillMissing(candles, timeframe(key), key.pair()) : candles;
    }

    /** Everything in the file, cleaned but not filled; no candles when the file does not exist. */
    public Candles read(SeriesKey key) {
        Path file = file(key);
        if (!Files.exists(file)) {
            Path legacy = HistoryFiles.legacyFile(datadir, key, format);
            if (!Files.exists(legacy)) {
                return Candles.empty();
            }
            file = legacy;
        }
        try {
            return CandleCleaner.clean(codec.read(file));
        } catch (IOException e) {
            throw new HistoryException("Could not read candle file " + file + ": " + message(e), e);
        }
    }

    /** freqtrade's {@code ohlcv_data_min_max}: first and last candle and count, {@link DataRange#EMPTY} without data. */
    public DataRange dataRange(SeriesKey key) {
        Candles candles = read(key);
        if (candles.isEmpty()) {
            return DataRange.EMPTY;
        }
        return new DataRange(Instant.ofEpochMilli(candles.firstDate()), Instant.ofEpochMilli(candles.lastDate()),
                candles.size());
    }

    /** Writes the series, replacing the stored one; creates the folder when needed. */
    public void store(SeriesKey key, Candles candles) {
        Path file = file(key);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            codec.write(tmp, candles);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new HistoryException("Could not write candle file " + file + ": " + message(e), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the move succeeded or the folder is unwritable, which the write already reported
            }
        }
    }

    /** Deletes the stored series; false when there was none. */
    public boolean purge(SeriesKey key) {
        Path file = file(key);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new HistoryException("Could not delete candle file " + file + ": " + message(e), e);
        }
    }

    private static Timeframe timeframe(SeriesKey key) {
        try {
            return Timeframe.parse(key.timeframe());
        } catch (IllegalArgumentException e) {
            throw new HistoryException("Cannot load " + key + ": " + e.getMessage(), e);
        }
    }

    private static void warnNoData(SeriesKey key) {
        LOG.warn("No history for {}, {}, {} found. Use `hertz download-data` to download the data",
                key.pair(), key.candleType().value(), key.timeframe());
    }

    private static void warnIfShort(SeriesKey key, Candles candles, TimeRange range) {
        if (range.hasStart() && candles.firstDate() > range.startTs() * 1000) {
            LOG.warn("{}, {}, {}, data starts at {}", key.pair(), key.candleType().value(), key.timeframe(),
                    PRINT.format(Instant.ofEpochMilli(candles.firstDate())));
        }
        if (range.hasStop() && candles.lastDate() < range.stopTs() * 1000) {
            LOG.warn("{}, {}, {}, data ends at {}", key.pair(), key.candleType().value(), key.timeframe(),
                    PRINT.format(Instant.ofEpochMilli(candles.lastDate())));
        }
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
