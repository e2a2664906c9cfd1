package dev.hertz.core.data.history;

import java.util.Arrays;
import java.util.Set;

/**
 * The candle file formats ({@code dataformat_ohlcv}, {@code --data-format-ohlcv},
 * {@code --format-from/--format-to}) and their file extensions. freqtrade's {@code hdf5} and
 * {@code parquet} are recognised so the error can say they are not supported.
 */
public enum DataFormat {
    /** One JSON array of rows {@code [ms, open, high, low, close, volume]}. */
    JSON("json", "json"),
    /** The same JSON, gzip-compressed. */
    JSONGZ("jsongz", "json.gz"),
    /** Apache Arrow IPC file (Feather v2), LZ4-compressed. */
    FEATHER("feather", "feather");

    private static final Set<String> NOT_SUPPORTED = Set.of("hdf5", "parquet");

    private final String value;
    private final String extension;

    DataFormat(String value, String extension) {
        this.value = value;
        this.extension = extension;
    }

    /** The config spelling, e.g. {@code jsongz}. */
    public String value() {
        return value;
    }

    /** The file name ending without the dot, e.g. {@code json.gz}. */
    public String extension() {
        return extension;
    }

    /**
     * The format spelled {@code value}.
     *
     * @throws IllegalArgumentException naming the value and the supported formats
     */
    public static DataFormat fromValue(String value) {
        for (DataFormat format : values()) {
            if (format.value.equals(value)) {
                return format;
            }
        }
        String supported = Arrays.stream(values()).map(DataFormat::value).toList().toString();
        if (value != null && NOT_SUPPORTED.contains(value)) {
            throw new IllegalArgumentException("Data format \"" + value + "\" is not supported by Hertz; use one of "
                    + supported);
        }
        throw new IllegalArgumentException("Unknown data format \"" + value + "\", expected one of " + supported);
    }

    @Override
    public String toString() {
        return value;
    }
}
