package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.SeekableReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The feather files Hertz writes have the shape of those freqtrade (pandas + pyarrow) writes. */
class FeatherLayoutTest {
    @TempDir
    Path tmp;

    @Test
    void columnsAndCompressionMatchAFreqtradeFile() throws IOException {
        Path reference = SharedTestdata.dir().resolve("UNITTEST_BTC-5m.feather");
        SeriesKey key = new SeriesKey("UNITTEST/BTC", "5m", CandleType.SPOT);
        HistoryStore store = new HistoryStore(tmp, DataFormat.FEATHER);
        store.store(key, new HistoryStore(SharedTestdata.dir(), DataFormat.FEATHER).read(key));

        Layout ours = layout(store.file(key));
        Layout theirs = layout(reference);
        assertThat(ours.fields()).isEqualTo(theirs.fields())
                .extracting(Field::toString)
                .containsExactly("date: Timestamp(NANOSECOND, UTC)", "open: FloatingPoint(DOUBLE)",
                        "high: FloatingPoint(DOUBLE)", "low: FloatingPoint(DOUBLE)", "close: FloatingPoint(DOUBLE)",
                        "volume: FloatingPoint(DOUBLE)");
        assertThat(ours.codecs()).containsOnly(CompressionUtil.CodecType.LZ4_FRAME.getType()).isEqualTo(theirs.codecs());
        assertThat(ours.rows()).isEqualTo(5760);
    }

    @Test
    void longSeriesAreWrittenInBatchesLikePyarrow() throws IOException {
        Candles.Builder many = Candles.builder(70_000);
        for (int i = 0; i < 70_000; i++) {
            many.add(i * 60_000L, i, i + 1, i - 1, i + 0.5, 1);
        }
        Candles candles = many.build();
        SeriesKey key = new SeriesKey("ETH/BTC", "1m", CandleType.SPOT);
        HistoryStore store = new HistoryStore(tmp, DataFormat.FEATHER);
        store.store(key, candles);
        assertThat(layout(store.file(key)).batchRows()).containsExactly(65_536, 4_464);
        assertThat(store.read(key)).isEqualTo(candles);
    }

    private record Layout(List<Field> fields, List<Byte> codecs, List<Integer> batchRows) {
        int rows() {
            return batchRows.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static Layout layout(Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             FileChannel channel = FileChannel.open(file);
             ArrowFileReader reader = new ArrowFileReader(channel, allocator, CommonsCompressionFactory.INSTANCE)) {
            Schema schema = reader.getVectorSchemaRoot().getSchema();
            List<Byte> codecs = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (ArrowBlock block : reader.getRecordBlocks()) {
                try (SeekableReadChannel in = new SeekableReadChannel(FileChannel.open(file))) {
                    in.setPosition(block.getOffset());
                    ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(in, block, allocator);
                    codecs.add(batch.getBodyCompression().getCodec());
                    rows.add(batch.getLength());
                    batch.close();
                }
            }
            return new Layout(schema.getFields(), codecs, rows);
        }
    }
}
