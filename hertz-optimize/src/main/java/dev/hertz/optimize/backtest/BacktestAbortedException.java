package dev.hertz.optimize.backtest;

/** A backtest stopped on request (the API's abort) before it finished. */
public final class BacktestAbortedException extends RuntimeException {
    public BacktestAbortedException() {
        super("Backtest aborted.");
    }
}
