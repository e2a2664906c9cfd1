package dev.hertz.core.data.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.hertz.core.data.Candles;
import dev.hertz.core.util.PythonFormat;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * freqtrade's {@code json} and {@code jsongz} formats: one array of rows
 * {@code [open time ms, open, high, low, close, volume]}, written compactly as pandas'
 * {@code to_json(orient="values")} does; a missing value is {@code null}.
 */
final class JsonOhlcv implements OhlcvCodec {
    private static final JsonFactory JSON = new JsonFactory();

    private final boolean gzip;

    JsonOhlcv(boolean gzip) {
        this.gzip = gzip;
    }

    @Override
    public OhlcvRows read(Path file) throws IOException {
        try (InputStream in = open(file); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("expected a JSON array of [date, open, high, low, close, volume] rows");
            }
            OhlcvRows rows = new OhlcvRows((int) Math.min(Files.size(file) / 40, 1 << 20));
            double[] values = new double[5];
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int row = rows.size;
                if (t != JsonToken.START_ARRAY) {
                    throw new IOException("row " + row + " is not an array");
                }
                p.nextToken();
                long date = date(p, row);
                for (int c = 0; c < 5; c++) {
                    values[c] = number(p, row, c + 1);
                }
                if (p.nextToken() != JsonToken.END_ARRAY) {
                    throw new IOException("row " + row + " has more than 6 values");
                }
                rows.add(date, values[0], values[1], values[2], values[3], values[4]);
            }
            return rows;
        }
    }

    private InputStream open(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return gzip ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private static long date(JsonParser p, int row) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> (long) p.getDoubleValue();
            case END_ARRAY -> throw new IOException("row " + row + " is empty");
            default -> throw new IOException("row " + row + " has no timestamp (ms) in column 0: " + p.getText());
        };
    }

    private static double number(JsonParser p, int row, int column) throws IOException {
        JsonToken t = p.nextToken();
        return switch (t) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_NULL -> Double.NaN;
            case END_ARRAY -> throw new IOException("row " + row + " has " + column + " values, expected 6");
            default -> throw new IOException("row " + row + " column " + column + " is not a number: " + p.getText());
        };
    }

    @Override
    public void write(Path file, Candles candles) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(
                gzip ? new GZIPOutputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8), 1 << 16)) {
            out.write('[');
            for (int i = 0; i < candles.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write('[');
                out.write(Long.toString(candles.date(i)));
                value(out, candles.open(i));
                value(out, candles.high(i));
                value(out, candles.low(i));
                value(out, candles.close(i));
                value(out, candles.volume(i));
                out.write(']');
            }
            out.write(']');
        }
    }

    private static void value(Writer out, double v) throws IOException {
        out.write(',');
        out.write(Double.isFinite(v) ? PythonFormat.floatRepr(v) : "null");
    }
}
