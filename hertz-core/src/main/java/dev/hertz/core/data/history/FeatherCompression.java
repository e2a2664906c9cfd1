package dev.hertz.core.data.history;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.compression.AbstractCompressionCodec;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.compression.NoCompressionCodec;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The column compressions Hertz reads and writes in feather files: LZ4 frames (what freqtrade
 * and pandas write) through {@link Lz4Frame}, and none. ZSTD files fail with a message saying so.
 */
final class FeatherCompression implements CompressionCodec.Factory {
    static final FeatherCompression INSTANCE = new FeatherCompression();

    private FeatherCompression() {
    }

    @Override
    public CompressionCodec createCodec(CompressionUtil.CodecType type) {
        return switch (type) {
            case LZ4_FRAME -> Lz4Codec.INSTANCE;
            case NO_COMPRESSION -> NoCompressionCodec.INSTANCE;
            default -> throw new IllegalArgumentException("columns compressed with " + type
                    + " are not supported; Hertz reads feather files compressed with LZ4 (as freqtrade writes them) "
                    + "or uncompressed");
        };
    }

    @Override
    public CompressionCodec createCodec(CompressionUtil.CodecType type, int level) {
        return createCodec(type);
    }

    /** Arrow's buffer framing (8-byte length prefix, raw fallback) around {@link Lz4Frame}. */
    private static final class Lz4Codec extends AbstractCompressionCodec {
        static final Lz4Codec INSTANCE = new Lz4Codec();

        @Override
        protected ArrowBuf doCompress(BufferAllocator allocator, ArrowBuf uncompressed) {
            byte[] raw = new byte[Math.toIntExact(uncompressed.writerIndex())];
            uncompressed.getBytes(0, raw);
            byte[] packed = Lz4Frame.compress(raw);
            ArrowBuf out = allocator.buffer(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH + packed.length);
            out.setBytes(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH, packed);
            out.writerIndex(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH + packed.length);
            return out;
        }

        @Override
        protected ArrowBuf doDecompress(BufferAllocator allocator, ArrowBuf compressed) {
            int length = Math.toIntExact(readUncompressedLength(compressed));
            byte[] packed = new byte[Math.toIntExact(compressed.writerIndex() - CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH)];
            compressed.getBytes(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH, packed);
            byte[] raw;
            try {
                raw = Lz4Frame.decompress(packed, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ArrowBuf out = allocator.buffer(length);
            out.setBytes(0, raw);
            out.writerIndex(length);
            return out;
        }

        @Override
        public CompressionUtil.CodecType getCodecType() {
            return CompressionUtil.CodecType.LZ4_FRAME;
        }
    }
}
