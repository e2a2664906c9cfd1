package dev.hertz.core.data.history;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * freqtrade's file naming for candle data, both ways: {@code BTC/USDT:USDT} 1h futures is
 * {@code <datadir>/futures/BTC_USDT_USDT-1h-futures.feather}, spot {@code ETH/BTC} 5m is
 * {@code <datadir>/ETH_BTC-5m.feather}.
 */
public final class HistoryFiles {

    /** Sub-directory of every candle type but spot. */
    public static final String FUTURES_DIR = "futures";

    /** freqtrade's {@code _OHLCV_REGEX}: stem, timeframe, optional candle type, then the extension. */
    private static final Pattern OHLCV_FILE = Pattern.compile("^([a-zA-Z_\\d-]+)-(\\d+[a-zA-Z]{1,2})-?([a-zA-Z_]*)?(?=\\.)");
    /** The base asset: 1-10 alphanumerics, or 1-6 letters and dashes ({@code BTC-PERP}), then the first {@code _}. */
    private static final Pattern BASE = Pattern.compile("^(([A-Za-z\\d]{1,10})|([A-Za-z-]{1,6}))_");
    private static final Pattern MONTH_ON_DISK = Pattern.compile("1mo", Pattern.CASE_INSENSITIVE);

    private HistoryFiles() {
    }

    /** freqtrade's {@code pair_to_filename}: each of {@code / . @ $ + :} and space becomes {@code _}. */
    public static String pairToFilename(String pair) {
        StringBuilder out = new StringBuilder(pair.length());
        for (int i = 0; i < pair.length(); i++) {
            char c = pair.charAt(i);
            out.append(c == '/' || c == ' ' || c == '.' || c == '@' || c == '$' || c == '+' || c == ':' ? '_' : c);
        }
        return out.toString();
    }

    /**
     * freqtrade's {@code rebuild_pair_from_filename}: the first {@code _} after the base asset
     * becomes {@code /}, the next {@code _} becomes {@code :} ({@code BTC_USDT_USDT} →
     * {@code BTC/USDT:USDT}).
     */
    public static String rebuildPair(String stem) {
        Matcher m = BASE.matcher(stem);
        String pair = m.find() ? m.group(1) + "/" + stem.substring(m.end()) : stem;
        int colon = pair.indexOf('_');
        return colon < 0 ? pair : pair.substring(0, colon) + ":" + pair.substring(colon + 1);
    }

    /** Monthly timeframes are written {@code Mo} so they survive case-insensitive file systems ({@code 1M} → {@code 1Mo}). */
    public static String timeframeToFile(String timeframe) {
        return timeframe.replace("M", "Mo");
    }

    /** The inverse of {@link #timeframeToFile}: {@code 1mo} in any case becomes {@code 1M}. */
    public static String timeframeFromFile(String timeframe) {
        return MONTH_ON_DISK.matcher(timeframe).replaceAll("1M");
    }

    /** The directory holding files of {@code type}: {@code datadir} for spot, {@code datadir/futures} otherwise. */
    public static Path directory(Path datadir, CandleType type) {
        return type == CandleType.SPOT ? datadir : datadir.resolve(FUTURES_DIR);
    }

    /** The file of one series in one format. */
    public static Path file(Path datadir, SeriesKey key, DataFormat format) {
        return file(datadir, key, format, timeframeToFile(key.timeframe()));
    }

    /** The pre-{@code Mo} name of a monthly file, which loading falls back to as freqtrade does. */
    static Path legacyFile(Path datadir, SeriesKey key, DataFormat format) {
        return file(datadir, key, format, key.timeframe());
    }

    private static Path file(Path datadir, SeriesKey key, DataFormat format, String timeframe) {
        String suffix = key.candleType() == CandleType.SPOT ? "" : "-" + key.candleType().value();
        return directory(datadir, key.candleType())
                .resolve(pairToFilename(key.pair()) + "-" + timeframe + suffix + "." + format.extension());
    }

    /**
     * The series a file name stands for, or empty when the name is not a candle file of
     * {@code format} (trades files, other extensions, an unknown candle type).
     */
    public static Optional<SeriesKey> parse(String fileName, DataFormat format) {
        if (!fileName.endsWith("." + format.extension())) {
            return Optional.empty();
        }
        Matcher m = OHLCV_FILE.matcher(fileName);
        if (!m.find()) {
            return Optional.empty();
        }
        CandleType type;
        try {
            type = CandleType.fromValue(m.group(3));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.of(new SeriesKey(rebuildPair(m.group(1)), timeframeFromFile(m.group(2)), type));
    }
}
