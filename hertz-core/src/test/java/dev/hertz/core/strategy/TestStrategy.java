package dev.hertz.core.strategy;

/** A strategy for tests: 5m candles, no indicators, no signals unless a subclass adds them. */
class TestStrategy extends Strategy {

    TestStrategy() {
        timeframe = "5m";
        stoploss = -0.10;
    }

    @Override
    public Frame populateIndicators(Frame df, Metadata metadata) {
        return df;
    }

    @Override
    public Frame populateEntryTrend(Frame df, Metadata metadata) {
        return df;
    }

    @Override
    public Frame populateExitTrend(Frame df, Metadata metadata) {
        return df;
    }
}
