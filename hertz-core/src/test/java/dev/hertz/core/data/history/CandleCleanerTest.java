package dev.hertz.core.data.history;

import dev.hertz.core.data.Candles;
import dev.hertz.core.data.Timeframe;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CandleCleanerTest {
    private static final long MIN = 60_000L;
    private static final long T0 = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();

    @Test
    void sortsRowsAndMergesRepeatedDatesAsFreqtrade() {
        OhlcvRows rows = new OhlcvRows(4);
        rows.add(T0 + 5 * MIN, 10, 12, 9, 11, 100);
        rows.add(T0, 1, 2, 0.5, 1.5, 7);
        rows.add(T0 + 5 * MIN, 10.5, 13, 8, 12, 50);
        Candles candles = CandleCleaner.clean(rows);

        assertThat(candles.dates()).containsExactly(T0, T0 + 5 * MIN);
        // first open, max high, min low, last close, max volume
        assertThat(candles.open(1)).isEqualTo(10);
        assertThat(candles.high(1)).isEqualTo(13);
        assertThat(candles.low(1)).isEqualTo(8);
        assertThat(candles.close(1)).isEqualTo(12);
        assertThat(candles.volume(1)).isEqualTo(100);
    }

    @Test
    void gapsAreFilledWithVolumeZeroCandlesAtThePreviousClose() {
        Candles candles = Candles.builder(3)
                .add(T0, 1, 2, 0.5, 1.5, 7)
                .add(T0 + 15 * MIN, 2, 3, 1, 2.5, 9)
                .build();
        Candles filled = CandleCleaner.fillMissing(candles, Timeframe.parse("5m"), "X/Y");

        assertThat(filled.dates()).containsExactly(T0, T0 + 5 * MIN, T0 + 10 * MIN, T0 + 15 * MIN);
        assertThat(filled.opens()).containsExactly(1, 1.5, 1.5, 2);
        assertThat(filled.lows()).containsExactly(0.5, 1.5, 1.5, 1);
        assertThat(filled.volumes()).containsExactly(7, 0, 0, 9);
    }

    @Test
    void candlesOffTheGridMoveToTheirSlot() {
        // funding-rate candles carry a few milliseconds of offset from the 8h grid
        long h8 = 8 * 60 * MIN;
        Candles candles = Candles.builder(3)
                .add(T0 + 4, 0.0001, 0.0001, 0.0001, 0.0001, 0)
                .add(T0 + h8 + 3, 0.0002, 0.0002, 0.0002, 0.0002, 0)
                .add(T0 + 3 * h8 + 1, 0.0003, 0.0003, 0.0003, 0.0003, 0)
                .build();
        Candles filled = CandleCleaner.fillMissing(candles, Timeframe.parse("8h"), "X/Y");

        assertThat(filled.dates()).containsExactly(T0, T0 + h8, T0 + 2 * h8, T0 + 3 * h8);
        assertThat(filled.opens()).containsExactly(0.0001, 0.0002, 0.0002, 0.0003);
    }

    @Test
    void weeklyCandlesAreLabelledByTheMondayThatClosesThem() {
        long monday = Instant.parse("2024-03-04T00:00:00Z").toEpochMilli();
        long week = 7 * 24 * 60 * MIN;
        Candles candles = Candles.builder(2)
                .add(monday, 1, 1, 1, 1, 1)
                .add(monday + 2 * week, 3, 3, 3, 3, 3)
                .build();
        assertThat(CandleCleaner.fillMissing(candles, Timeframe.parse("1w"), "X/Y").dates())
                .containsExactly(monday, monday + week, monday + 2 * week);
    }

    @Test
    void monthlyCandlesStepByCalendarMonth() {
        long jan = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        long apr = Instant.parse("2024-04-01T00:00:00Z").toEpochMilli();
        Candles candles = Candles.builder(2).add(jan, 1, 1, 1, 1, 1).add(apr, 4, 4, 4, 4, 4).build();
        assertThat(CandleCleaner.fillMissing(candles, Timeframe.parse("1M"), "X/Y").dates()).containsExactly(
                jan, Instant.parse("2024-02-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2024-03-01T00:00:00Z").toEpochMilli(), apr);
    }
}
