package dev.hertz.bench.ws;

/**
 * The text a benchmark message carries: {@code #<seq> <send time> } padded with {@code x} to the
 * configured size, the same on Hertz and on the peer. Sequence -1 is a probe that tells a client's
 * subscription is in place. The send time is {@link WallClock#nanos()} (the peer's
 * {@code time.time_ns()}), so a client on the same machine can subtract it from its own.
 */
record FanoutMessage(long seq, long sentNanos) {
    static final long PROBE = -1;

    /** The status text of message {@code seq} sent at {@code sentNanos}, {@code size} characters long when the prefix fits. */
    static String text(long seq, long sentNanos, int size) {
        StringBuilder b = new StringBuilder(Math.max(size, 48)).append('#').append(seq).append(' ')
                .append(sentNanos).append(' ');
        while (b.length() < size) {
            b.append('x');
        }
        return b.toString();
    }

    /** Reads the first {@code #<seq> <time>} in a frame (the JSON around it has no {@code #}). */
    static FanoutMessage parse(CharSequence frame) {
        int i = 0;
        int n = frame.length();
        while (i < n && frame.charAt(i) != '#') {
            i++;
        }
        if (i == n) {
            throw new IllegalArgumentException("Not a benchmark message: " + abbreviate(frame));
        }
        boolean negative = ++i < n && frame.charAt(i) == '-';
        if (negative) {
            i++;
        }
        long seq = 0;
        for (; i < n && frame.charAt(i) != ' '; i++) {
            seq = seq * 10 + digit(frame, i);
        }
        long sent = 0;
        for (i++; i < n && frame.charAt(i) != ' '; i++) {
            sent = sent * 10 + digit(frame, i);
        }
        return new FanoutMessage(negative ? -seq : seq, sent);
    }

    private static int digit(CharSequence frame, int i) {
        char c = frame.charAt(i);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("Not a benchmark message: " + abbreviate(frame));
        }
        return c - '0';
    }

    private static String abbreviate(CharSequence frame) {
        return frame.length() > 80 ? frame.subSequence(0, 80) + "..." : frame.toString();
    }
}
