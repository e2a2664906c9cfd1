package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes one candle file format; errors are {@link IOException}s whose message says what is wrong. */
interface OhlcvCodec {

    /** The rows in file order; an empty file body (e.g. {@code []}) gives no rows. */
    OhlcvRows read(Path file) throws IOException;

    /** Writes {@code candles} to {@code file}, replacing it. */
    void write(Path file, Candles candles) throws IOException;

    static OhlcvCodec of(DataFormat format) {
        return switch (format) {
            case JSON -> new JsonOhlcv(false);
            case JSONGZ -> new JsonOhlcv(true);
            case FEATHER -> new FeatherOhlcv();
        };
    }
}
