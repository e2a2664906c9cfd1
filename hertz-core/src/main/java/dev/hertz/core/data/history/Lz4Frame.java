package dev.hertz.core.data.history;

import java.io.IOException;
import java.util.Arrays;

/**
 * The LZ4 frame format that pyarrow uses to compress feather columns, written here because the
 * pure-Java LZ4 of commons-compress (Arrow's default) slows down quadratically on price columns:
 * 90 kB took half a minute.
 *
 * <p>Writing uses a greedy single-probe matcher with independent 4 MiB blocks and no checksums;
 * a block that does not shrink is stored raw. Reading accepts what any LZ4 frame writer produces
 * (linked or independent blocks, block and content checksums, which are skipped, not verified),
 * except preset dictionaries.
 */
final class Lz4Frame {
    private static final int MAGIC = 0x184D2204;
    /** Version 01, independent blocks, no block checksums, no content size, no content checksum. */
    private static final int FLG = 0x60;
    /** Blocks of at most 4 MiB. */
    private static final int BD = 0x70;
    private static final int BLOCK_MAX = 4 << 20;
    private static final int RAW_BLOCK = 0x80000000;

    private static final int MIN_MATCH = 4;
    /** The format's end rules: the last match starts 12 bytes before the block end, the last 5 bytes are literals. */
    private static final int MATCH_START_LIMIT = 12;
    private static final int LAST_LITERALS = 5;
    private static final int MAX_OFFSET = 65_535;
    private static final int HASH_BITS = 14;

    private Lz4Frame() {
    }

    static byte[] compress(byte[] src) {
        int blocks = Math.max(1, (src.length + BLOCK_MAX - 1) / BLOCK_MAX);
        byte[] out = new byte[7 + blocks * 4 + src.length + src.length / 255 + 16 * blocks + 4];
        int op = 0;
        op = putIntLE(out, op, MAGIC);
        out[op++] = (byte) FLG;
        out[op++] = (byte) BD;
        out[op++] = (byte) (XxHash32.hash(new byte[] {(byte) FLG, (byte) BD}, 0) >>> 8);
        int[] table = new int[1 << HASH_BITS];
        for (int from = 0; from < src.length; from += BLOCK_MAX) {
            int len = Math.min(BLOCK_MAX, src.length - from);
            int size = compressBlock(src, from, len, out, op + 4, table);
            if (size >= len) {
                putIntLE(out, op, len | RAW_BLOCK);
                System.arraycopy(src, from, out, op + 4, len);
                size = len;
            } else {
                putIntLE(out, op, size);
            }
            op += 4 + size;
        }
        op = putIntLE(out, op, 0);
        return Arrays.copyOf(out, op);
    }

    /** Compresses one block into {@code dst} and returns its length. */
    private static int compressBlock(byte[] src, int off, int len, byte[] dst, int dOff, int[] table) {
        Arrays.fill(table, -1);
        int end = off + len;
        int anchor = off;
        int op = dOff;
        int ip = off;
        int matchStartLimit = end - MATCH_START_LIMIT;
        int matchEndLimit = end - LAST_LITERALS;
        while (ip < matchStartLimit) {
            int word = getIntLE(src, ip);
            int h = (word * 0x9E3779B1) >>> (32 - HASH_BITS);
            int ref = table[h];
            table[h] = ip;
            if (ref < off || ip - ref > MAX_OFFSET || getIntLE(src, ref) != word) {
                ip++;
                continue;
            }
            int matchLen = MIN_MATCH;
            while (ip + matchLen < matchEndLimit && src[ref + matchLen] == src[ip + matchLen]) {
                matchLen++;
            }
            op = sequence(src, anchor, ip - anchor, dst, op, ip - ref, matchLen);
            ip += matchLen;
            anchor = ip;
        }
        return lastLiterals(src, anchor, end - anchor, dst, op) - dOff;
    }

    private static int sequence(byte[] src, int literalsAt, int literals, byte[] dst, int op, int offset, int matchLen) {
        int extraMatch = matchLen - MIN_MATCH;
        int token = op++;
        dst[token] = (byte) ((Math.min(literals, 15) << 4) | Math.min(extraMatch, 15));
        op = length(dst, op, literals);
        System.arraycopy(src, literalsAt, dst, op, literals);
        op += literals;
        dst[op++] = (byte) offset;
        dst[op++] = (byte) (offset >>> 8);
        return length(dst, op, extraMatch);
    }

    private static int lastLiterals(byte[] src, int at, int literals, byte[] dst, int op) {
        dst[op++] = (byte) (Math.min(literals, 15) << 4);
        op = length(dst, op, literals);
        System.arraycopy(src, at, dst, op, literals);
        return op + literals;
    }

    /** The bytes that continue a 4-bit length field of 15: runs of 255 and a final remainder. */
    private static int length(byte[] dst, int op, int value) {
        if (value < 15) {
            return op;
        }
        int rest = value - 15;
        while (rest >= 255) {
            dst[op++] = (byte) 255;
            rest -= 255;
        }
        dst[op++] = (byte) rest;
        return op;
    }

    /**
     * Decompresses a whole frame whose content is {@code length} bytes.
     *
     * @throws IOException when the frame is damaged or uses a preset dictionary
     */
    static byte[] decompress(byte[] src, int length) throws IOException {
        if (src.length < 7 || getIntLE(src, 0) != MAGIC) {
            throw new IOException("column data is not an LZ4 frame");
        }
        int flg = src[4] & 0xFF;
        if ((flg >>> 6) != 1) {
            throw new IOException("LZ4 frame version " + (flg >>> 6) + " is not supported");
        }
        if ((flg & 0x01) != 0) {
            throw new IOException("LZ4 frames with a preset dictionary are not supported");
        }
        boolean blockChecksums = (flg & 0x10) != 0;
        int ip = 6 + ((flg & 0x08) != 0 ? 8 : 0) + 1;
        byte[] out = new byte[length];
        int op = 0;
        while (true) {
            check(ip + 4 <= src.length);
            int size = getIntLE(src, ip);
            ip += 4;
            if (size == 0) {
                break;
            }
            int n = size & ~RAW_BLOCK;
            check(n >= 0 && ip + n <= src.length);
            if ((size & RAW_BLOCK) != 0) {
                check(op + n <= length);
                System.arraycopy(src, ip, out, op, n);
                op += n;
            } else {
                op = decompressBlock(src, ip, ip + n, out, op);
            }
            ip += n + (blockChecksums ? 4 : 0);
        }
        if (op != length) {
            throw new IOException("LZ4 frame holds " + op + " bytes, expected " + length);
        }
        return out;
    }

    /** Decodes one block into {@code out} from {@code op}; matches may reach into earlier blocks (linked mode). */
    private static int decompressBlock(byte[] src, int ip, int end, byte[] out, int op) throws IOException {
        while (ip < end) {
            int token = src[ip++] & 0xFF;
            int literals = token >>> 4;
            if (literals == 15) {
                int b;
                do {
                    check(ip < end);
                    b = src[ip++] & 0xFF;
                    literals += b;
                } while (b == 255);
            }
            check(literals <= end - ip && literals <= out.length - op);
            System.arraycopy(src, ip, out, op, literals);
            ip += literals;
            op += literals;
            if (ip == end) {
                break;
            }
            check(ip + 2 <= end);
            int offset = (src[ip] & 0xFF) | (src[ip + 1] & 0xFF) << 8;
            ip += 2;
            check(offset > 0 && offset <= op);
            int matchLen = token & 0x0F;
            if (matchLen == 15) {
                int b;
                do {
                    check(ip < end);
                    b = src[ip++] & 0xFF;
                    matchLen += b;
                } while (b == 255);
            }
            matchLen += MIN_MATCH;
            check(matchLen <= out.length - op);
            // byte by byte: a match may overlap the bytes it produces (runs)
            for (int i = 0; i < matchLen; i++, op++) {
                out[op] = out[op - offset];
            }
        }
        return op;
    }

    private static void check(boolean ok) throws IOException {
        if (!ok) {
            throw new IOException("damaged LZ4 data in a column");
        }
    }

    private static int getIntLE(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static int putIntLE(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
        return i + 4;
    }

    /** xxHash32, which the frame header needs for its one-byte descriptor checksum. */
    static final class XxHash32 {
        private static final int P1 = 0x9E3779B1;
        private static final int P2 = 0x85EBCA77;
        private static final int P3 = 0xC2B2AE3D;
        private static final int P4 = 0x27D4EB2F;
        private static final int P5 = 0x165667B1;

        private XxHash32() {
        }

        static int hash(byte[] data, int seed) {
            int i = 0;
            int h;
            if (data.length >= 16) {
                int v1 = seed + P1 + P2;
                int v2 = seed + P2;
                int v3 = seed;
                int v4 = seed - P1;
                for (; i + 16 <= data.length; i += 16) {
                    v1 = round(v1, getIntLE(data, i));
                    v2 = round(v2, getIntLE(data, i + 4));
                    v3 = round(v3, getIntLE(data, i + 8));
                    v4 = round(v4, getIntLE(data, i + 12));
                }
                h = Integer.rotateLeft(v1, 1) + Integer.rotateLeft(v2, 7) + Integer.rotateLeft(v3, 12)
                        + Integer.rotateLeft(v4, 18);
            } else {
                h = seed + P5;
            }
            h += data.length;
            for (; i + 4 <= data.length; i += 4) {
                h = Integer.rotateLeft(h + getIntLE(data, i) * P3, 17) * P4;
            }
            for (; i < data.length; i++) {
                h = Integer.rotateLeft(h + (data[i] & 0xFF) * P5, 11) * P1;
            }
            h ^= h >>> 15;
            h *= P2;
            h ^= h >>> 13;
            h *= P3;
            h ^= h >>> 16;
            return h;
        }

        private static int round(int acc, int input) {
            return Integer.rotateLeft(acc + input * P2, 13) * P1;
        }
    }
}
