package dev.hertz.core.exchange.sim;

/** Folds consecutive candles into one: first open, highest high, lowest low, last close, summed volume. */
final class CandleAccumulator {

    double open;
    double high;
    double low;
    double close;
    double volume;
    boolean empty = true;

    void reset() {
        empty = true;
        volume = 0;
    }

    void add(double o, double h, double l, double c, double v) {
        if (empty) {
            open = o;
            high = h;
            low = l;
            empty = false;
        } else {
            high = Math.max(high, h);
            low = Math.min(low, l);
        }
        close = c;
        volume += v;
    }
}
