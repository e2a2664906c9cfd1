package dev.hertz.core.data.history;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
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
 * columns, and reads such a table back. The candle files ({@link FeatherOhlcv}) and the
 * backtest's market-change file use it.
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

    /**
     * A table read back: its timestamp column in epoch milliseconds and its numeric columns in
     * file order (float columns as {@link Doubles}, integer columns as {@link Longs}).
     */
    public record Table(String dateColumn, long[] datesMillis, List<Column> columns) {
        /** The column of that name, or null. */
        public Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private FeatherTable() {
    }

    /**
     * Reads a table written by {@link #write} (or by pandas with a nanosecond UTC date column
     * first and numeric columns after it).
     */
    public static Table read(Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             ArrowFileReader reader = new ArrowFileReader(channel, allocator, FeatherCompression.INSTANCE)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<Field> fields = root.getSchema().getFields();
            if (fields.isEmpty() || !(fields.get(0).getType() instanceof ArrowType.Timestamp ts)
                    || ts.getUnit() != TimeUnit.NANOSECOND) {
                throw new IOException("expected a nanosecond timestamp as first column, found " + fields);
            }
            List<long[]> dates = new ArrayList<>();
            List<List<Object>> parts = new ArrayList<>();
            for (ArrowBlock block : reader.getRecordBlocks()) {
                reader.loadRecordBatch(block);
                int n = root.getRowCount();
                TimeStampVector date = (TimeStampVector) root.getVector(0);
                long[] d = new long[n];
                for (int i = 0; i < n; i++) {
                    d[i] = Math.floorDiv(date.get(i), NANOS_PER_MILLI);
                }
                dates.add(d);
                List<Object> columns = new ArrayList<>();
                for (int c = 1; c < fields.size(); c++) {
                    columns.add(values(root.getVector(c), n));
                }
                parts.add(columns);
            }
            List<Column> columns = new ArrayList<>();
            for (int c = 1; c < fields.size(); c++) {
                int index = c - 1;
                String name = fields.get(c).getName();
                if (fields.get(c).getType() instanceof ArrowType.FloatingPoint) {
                    columns.add(new Doubles(name, concatDoubles(parts.stream().map(p -> (double[]) p.get(index)).toList())));
                } else {
                    columns.add(new Longs(name, concatLongs(parts.stream().map(p -> (long[]) p.get(index)).toList())));
                }
            }
            return new Table(fields.get(0).getName(), concatLongs(dates), columns);
        } catch (RuntimeException e) {
            throw new IOException("not a readable Arrow/feather file (" + e.getMessage() + ")", e);
        }
    }

    private static Object values(FieldVector vector, int n) throws IOException {
        if (vector instanceof FloatingPointVector f) {
            double[] out = new double[n];
            for (int i = 0; i < n; i++) {
                out[i] = f.isNull(i) ? Double.NaN : f.getValueAsDouble(i);
            }
            return out;
        }
        if (vector instanceof BaseIntVector b) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                out[i] = b.getValueAsLong(i);
            }
            return out;
        }
        throw new IOException("column '" + vector.getName() + "' holds " + vector.getField().getType() + ", expected numbers");
    }

    private static double[] concatDoubles(List<double[]> parts) {
        double[] out = new double[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static long[] concatLongs(List<long[]> parts) {
        long[] out = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
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
