package dev.hertz.core.exchange.sim;

/**
 * One UTC day (1440 minutes) of one pair's 1-minute path. The raw log prices at minute boundaries
 * and the variance of every minute are kept so a single minute can be regenerated sub-step by
 * sub-step; the display values are already rounded to the tick.
 */
final class MinuteBlock {

    static final int MINUTES = 1440;

    long day;
    /** +1 when generated forward from the day's open, -1 backward from its close. */
    int direction;
    double trend;
    final double[] logPrice = new double[MINUTES + 1];
    final double[] variance = new double[MINUTES];
    final double[] high = new double[MINUTES];
    final double[] low = new double[MINUTES];
    final double[] close = new double[MINUTES];
    final double[] volume = new double[MINUTES];
    double firstOpen;

    long firstMinute() {
        return day * MINUTES;
    }

    double open(int i) {
        return i == 0 ? firstOpen : close[i - 1];
    }
}
