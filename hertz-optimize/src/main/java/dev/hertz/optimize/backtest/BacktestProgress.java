package dev.hertz.optimize.backtest;

/**
 * Where a backtest reports how far it is (freqtrade's {@code BTProgress}): the console's progress
 * bar, the API's {@code /backtest} status.
 */
public interface BacktestProgress {
    /** The run entered {@code step} ({@code dataload}, {@code analyze}, {@code backtest}) with {@code total} units. */
    void step(String step, long total);

    /** {@code done} of the current step's units are finished. */
    void progress(long done);

    BacktestProgress NONE = new BacktestProgress() {
        @Override
        public void step(String step, long total) {
        }

        @Override
        public void progress(long done) {
        }
    };
}
