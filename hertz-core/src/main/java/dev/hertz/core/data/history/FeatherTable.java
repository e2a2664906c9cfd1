package dev.hertz.core.data.history;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.IpcOption;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a pandas-style table as freqtrade's feather files hold it: an Arrow IPC file (Feather v2),
 * LZ4-frame compressed, a UTC timestamp column in nanoseconds first, then float64 and int64
 * columns. The candle files ({@link FeatherOhlcv}) and the backtest's market-change file use it.
 */
public final class FeatherTable {
    /** pyarrow's default record batch length for Feather v2. */
    private static final int BATCH_ROWS = 64 * 1024;
    private static final long NANOS_PER_MILLI = 1_000_000L;

    /** One value column, as long as the date column. */
    public sealed interface Column permits Doubles, Longs {
        String name();

        int length();
    }

    /** A float64 column; NaN is written as null, as pyarrow does with pandas' NaN. */
    public record Doubles(String name, double[] values) implements Column {
        @Override
        public int length() {
            return values.length;
        }
    }

    /** An int64 column. */
    public record Longs(String name, long[] values) implements Column {
        @Override
        public int length() {
            return values.length;
        }
    }

    private FeatherTable() {
    }

    /**
     * @param dateColumn  name of the timestamp column
     * @param datesMillis its values in epoch milliseconds
     * @throws IllegalArgumentException when a column's length differs from the dates'
     */
    public static void write(Path file, String dateColumn, long[] datesMillis, List<Column> columns) throws IOException {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.nullable(dateColumn, new ArrowType.Timestamp(TimeUnit.NANOSECOND, "UTC")));
        for (Column column : columns) {
            if (column.length() != datesMillis.length) {
                throw new IllegalArgumentException("column '" + column.name() + "' has " + column.length()
                        + " values, the dates " + datesMillis.length);
            }
            fields.add(Field.nullable(column.name(), column instanceof Doubles
                    ? new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE) : new ArrowType.Int(64, true)));
        }
        try (BufferAllocator allocator = new RootAllocator();
             VectorSchemaRoot root = VectorSchemaRoot.create(new Schema(fields), allocator);
             FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                     StandardOpenOption.TRUNCATE_EXISTING);
             ArrowFileWriter writer = new ArrowFileWriter(root, null, channel, Map.of(), IpcOption.DEFAULT,
                     FeatherCompression.INSTANCE, CompressionUtil.CodecType.LZ4_FRAME)) {
            writer.start();
            for (int from = 0; from < datesMillis.length; from += BATCH_ROWS) {
                int n = Math.min(BATCH_ROWS, datesMillis.length - from);
                fill(root, datesMillis, columns, from, n);
                writer.writeBatch();
            }
            writer.end();
        } catch (RuntimeException e) {
            throw new IOException("Arrow could not write the file (" + e.getMessage() + ")", e);
        }
    }

    private static void fill(VectorSchemaRoot root, long[] dates, List<Column> columns, int from, int n) {
        root.allocateNew();
        TimeStampNanoTZVector date = (TimeStampNanoTZVector) root.getVector(0);
        for (int i = 0; i < n; i++) {
            date.setSafe(i, Math.multiplyExact(dates[from + i], NANOS_PER_MILLI));
        }
        date.setValueCount(n);
        for (int c = 0; c < columns.size(); c++) {
            switch (columns.get(c)) {
                case Doubles d -> {
                    Float8Vector vector = (Float8Vector) root.getVector(c + 1);
                    for (int i = 0; i < n; i++) {
                        double v = d.values()[from + i];
                        if (Double.isNaN(v)) {
                            vector.setNull(i);
                        } else {
                            vector.setSafe(i, v);
                        }
                    }
                    vector.setValueCount(n);
                }
                case Longs l -> {
                    BigIntVector vector = (BigIntVector) root.getVector(c + 1);
                    for (int i = 0; i < n; i++) {
                        vector.setSafe(i, l.values()[from + i]);
                    }
                    vector.setValueCount(n);
                }
            }
        }
        root.setRowCount(n);
    }
}
