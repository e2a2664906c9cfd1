package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * freqtrade's {@code feather} format: an Arrow IPC file (Feather v2), LZ4-frame compressed, with
 * the columns {@code date} (UTC timestamp in nanoseconds, as pandas writes it) and
 * {@code open, high, low, close, volume} as float64, written by {@link FeatherTable}.
 *
 * <p>Reading accepts what pandas users produce too: any timestamp unit, integer dates (taken as
 * milliseconds, like freqtrade), integer or float prices, several record batches, and columns
 * matched by name or, failing that, by position as freqtrade does.
 */
final class FeatherOhlcv implements OhlcvCodec {
    static final List<String> COLUMNS = List.of("date", "open", "high", "low", "close", "volume");
    private static final long NANOS_PER_MILLI = 1_000_000L;

    @Override
    public OhlcvRows read(Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(channel, allocator, FeatherCompression.INSTANCE)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            int[] columns = columns(root.getSchema());
            List<ArrowBlock> blocks = reader.getRecordBlocks();
            OhlcvRows rows = new OhlcvRows(1024);
            double[] values = new double[5];
            for (ArrowBlock block : blocks) {
                reader.loadRecordBatch(block);
                DateColumn date = DateColumn.of(root.getVector(columns[0]));
                List<FieldVector> prices = new ArrayList<>(5);
                for (int c = 1; c < 6; c++) {
                    prices.add(checkNumeric(root.getVector(columns[c]), COLUMNS.get(c)));
                }
                for (int i = 0; i < root.getRowCount(); i++) {
                    for (int c = 0; c < 5; c++) {
                        values[c] = number(prices.get(c), i);
                    }
                    rows.add(date.millis(i, rows.size), values[0], values[1], values[2], values[3], values[4]);
                }
            }
            return rows;
        } catch (RuntimeException e) {
            // Arrow reports a damaged file with unchecked exceptions (bad magic, short buffers)
            throw new IOException("not a readable Arrow/feather file (" + e.getMessage() + ")", e);
        }
    }

    /** Column indexes of date, open, high, low, close, volume: by name, else the first six by position. */
    private static int[] columns(Schema schema) throws IOException {
        List<String> names = schema.getFields().stream().map(Field::getName).toList();
        if (names.containsAll(COLUMNS)) {
            return COLUMNS.stream().mapToInt(names::indexOf).toArray();
        }
        if (names.size() == COLUMNS.size()) {
            return new int[] {0, 1, 2, 3, 4, 5};
        }
        throw new IOException("expected the columns " + COLUMNS + ", found " + names);
    }

    private static FieldVector checkNumeric(FieldVector vector, String column) throws IOException {
        if (vector instanceof FloatingPointVector || vector instanceof BaseIntVector) {
            return vector;
        }
        throw new IOException("column '" + column + "' holds " + vector.getField().getType() + ", expected numbers");
    }

    private static double number(FieldVector vector, int i) {
        if (vector.isNull(i)) {
            return Double.NaN;
        }
        return vector instanceof FloatingPointVector f ? f.getValueAsDouble(i) : ((BaseIntVector) vector).getValueAsLong(i);
    }

    /** The date column in epoch millis, whatever unit it was stored in. */
    private record DateColumn(FieldVector vector, long multiplier, long divisor) {
        static DateColumn of(FieldVector vector) throws IOException {
            if (vector instanceof TimeStampVector && vector.getField().getType() instanceof ArrowType.Timestamp ts) {
                return switch (ts.getUnit()) {
                    case SECOND -> new DateColumn(vector, 1000, 1);
                    case MILLISECOND -> new DateColumn(vector, 1, 1);
                    case MICROSECOND -> new DateColumn(vector, 1, 1000);
                    case NANOSECOND -> new DateColumn(vector, 1, NANOS_PER_MILLI);
                };
            }
            if (vector instanceof BaseIntVector) {
                return new DateColumn(vector, 1, 1);
            }
            throw new IOException("column 'date' holds " + vector.getField().getType() + ", expected a timestamp");
        }

        long millis(int i, int row) throws IOException {
            if (vector.isNull(i)) {
                throw new IOException("row " + row + " has no date");
            }
            long raw = vector instanceof TimeStampVector t ? t.get(i) : ((BaseIntVector) vector).getValueAsLong(i);
            return Math.floorDiv(raw, divisor) * multiplier;
        }
    }

    @Override
    public void write(Path file, Candles candles) throws IOException {
        FeatherTable.write(file, "date", candles.dates(), List.of(
                new FeatherTable.Doubles("open", candles.opens()), new FeatherTable.Doubles("high", candles.highs()),
                new FeatherTable.Doubles("low", candles.lows()), new FeatherTable.Doubles("close", candles.closes()),
                new FeatherTable.Doubles("volume", candles.volumes())));
    }
}
