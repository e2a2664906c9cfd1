package dev.hertz.core.data.history;

import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hertz's LZ4 frames checked against commons-compress, an independent implementation of the format. */
class Lz4FrameTest {

    @Test
    void xxHash32MatchesTheReferenceValues() {
        assertThat(Lz4Frame.XxHash32.hash(new byte[0], 0)).isEqualTo(0x02CC5D05);
        assertThat(Lz4Frame.XxHash32.hash("abc".getBytes(StandardCharsets.US_ASCII), 0)).isEqualTo(0x32D153FF);
        // the header of every frame lz4's command line tool writes: FLG 0x64, BD 0x40, checksum 0xA7
        assertThat((Lz4Frame.XxHash32.hash(new byte[] {0x64, 0x40}, 0) >>> 8) & 0xFF).isEqualTo(0xA7);
        byte[] sixteenPlus = "Nobody inspects the spammish repetition".getBytes(StandardCharsets.US_ASCII);
        assertThat(Lz4Frame.XxHash32.hash(sixteenPlus, 0)).isEqualTo(0xE2293B2F);
    }

    @Test
    void framesDecodeWithAnotherImplementationAndBack() throws IOException {
        for (byte[] data : samples()) {
            byte[] frame = Lz4Frame.compress(data);
            assertThat(decodeElsewhere(frame)).as("%d bytes", data.length).isEqualTo(data);
            assertThat(Lz4Frame.decompress(frame, data.length)).isEqualTo(data);
        }
    }

    @Test
    void framesFromAnotherImplementationDecode() throws IOException {
        // commons-compress compresses price columns in quadratic time, so only small inputs here
        byte[] text = "the quick brown fox jumps over the lazy dog; ".repeat(4000).getBytes(StandardCharsets.US_ASCII);
        for (byte[] data : new byte[][] {new byte[0], text, prices(1500, 0.001)}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // linked blocks of 64 kB with block checksums: the options Hertz does not write itself
            FramedLZ4CompressorOutputStream.Parameters params = new FramedLZ4CompressorOutputStream.Parameters(
                    FramedLZ4CompressorOutputStream.BlockSize.K64, true, true, true);
            try (FramedLZ4CompressorOutputStream lz4 = new FramedLZ4CompressorOutputStream(out, params)) {
                lz4.write(data);
            }
            assertThat(Lz4Frame.decompress(out.toByteArray(), data.length)).as("%d bytes", data.length).isEqualTo(data);
        }
    }

    @Test
    void repetitiveColumnsShrinkAndNoiseIsStoredRaw() throws IOException {
        byte[] repetitive = prices(100_000, 0.0);
        assertThat(Lz4Frame.compress(repetitive).length).isLessThan(repetitive.length / 10);
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        byte[] frame = Lz4Frame.compress(noise);
        assertThat(frame.length).isEqualTo(noise.length + 7 + 4 + 4);
        assertThat(Lz4Frame.decompress(frame, noise.length)).isEqualTo(noise);
    }

    @Test
    void damagedFramesAreErrors() {
        byte[] frame = Lz4Frame.compress(prices(1000, 0.001));
        assertThatThrownBy(() -> Lz4Frame.decompress(new byte[] {1, 2, 3, 4, 5, 6, 7}, 10))
                .isInstanceOf(IOException.class).hasMessage("column data is not an LZ4 frame");
        byte[] cut = java.util.Arrays.copyOf(frame, frame.length / 2);
        assertThatThrownBy(() -> Lz4Frame.decompress(cut, 8000)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Lz4Frame.decompress(frame, 7999)).isInstanceOf(IOException.class);
    }

    private static byte[][] samples() {
        byte[] text = "the quick brown fox jumps over the lazy dog; ".repeat(400).getBytes(StandardCharsets.US_ASCII);
        byte[] random = new byte[3000];
        new Random(3).nextBytes(random);
        return new byte[][] {new byte[0], new byte[] {42}, new byte[13], text, random, prices(70_000, 0.001),
                prices(600_000, 0.0005)};
    }

    /** A random-walk price column as little-endian doubles, rounded to cents like exchange prices. */
    private static byte[] prices(int n, double volatility) {
        ByteBuffer bb = ByteBuffer.allocate(n * 8).order(ByteOrder.LITTLE_ENDIAN);
        Random r = new Random(n);
        double p = 65_000;
        for (int i = 0; i < n; i++) {
            p *= 1 + r.nextGaussian() * volatility;
            bb.putDouble(Math.round(p * 100) / 100.0);
        }
        return bb.array();
    }

    private static byte[] decodeElsewhere(byte[] frame) throws IOException {
        try (FramedLZ4CompressorInputStream in = new FramedLZ4CompressorInputStream(new ByteArrayInputStream(frame))) {
            return in.readAllBytes();
        }
    }
}
