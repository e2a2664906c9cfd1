package dev.hertz.core.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandlesTest {

    private static Candles sample(int n) {
        Candles.Builder b = Candles.builder(1);
        for (int i = 0; i < n; i++) {
            b.add(i * 60_000L, i, i + 2, i - 1, i + 1, 10 + i);
        }
        return b.build();
    }

    @Test
    void builderGrowsAndKeepsRows() {
        Candles c = sample(10);
        assertThat(c.size()).isEqualTo(10);
        assertThat(c.date(9)).isEqualTo(540_000L);
        assertThat(c.high(3)).isEqualTo(5.0);
        assertThat(c.volume(9)).isEqualTo(19.0);
        assertThat(c.firstDate()).isZero();
        assertThat(c.lastDate()).isEqualTo(540_000L);
    }

    @Test
    void ofCopiesInput() {
        long[] d = {1, 2};
        double[] x = {1, 2};
        Candles c = Candles.of(d, x, x, x, x, x);
        d[0] = 99;
        x[1] = 99;
        assertThat(c.date(0)).isEqualTo(1);
        assertThat(c.close(1)).isEqualTo(2.0);
        c.closes()[0] = 42;
        assertThat(c.close(0)).isEqualTo(1.0);
    }

    @Test
    void rejectsMismatchedColumns() {
        assertThatThrownBy(() -> Candles.of(new long[]{1, 2}, new double[2], new double[2], new double[1],
                new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Candle column 'low' has 1 values but 'date' has 2");
    }

    @Test
    void rejectsUnorderedOrDuplicateDates() {
        assertThatThrownBy(() -> Candles.of(new long[]{1, 3, 3}, new double[3], new double[3], new double[3],
                new double[3], new double[3]))
                .hasMessage("Candle dates must be strictly ascending: row 2 has 3 after 3");
        assertThatThrownBy(() -> Candles.builder(2).add(5, 1, 1, 1, 1, 1).add(4, 1, 1, 1, 1, 1))
                .hasMessageContaining("row 1 has 4 after 5");
    }

    @Test
    void tailAndSlicesAreViews() {
        Candles c = sample(10);
        Candles t = c.tail(3);
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.date(0)).isEqualTo(7 * 60_000L);
        assertThat(t.closes()).containsExactly(8, 9, 10);
        assertThat(c.tail(50)).isSameAs(c);
        assertThat(c.tail(0).isEmpty()).isTrue();
        assertThat(t.tail(2).open(0)).isEqualTo(8.0);
        assertThatThrownBy(() -> t.close(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void untilAndSinceAreInclusive() {
        Candles c = sample(10);
        assertThat(c.until(3 * 60_000L).size()).isEqualTo(4);
        assertThat(c.until(3 * 60_000L + 1).size()).isEqualTo(4);
        assertThat(c.until(-1).size()).isZero();
        assertThat(c.since(3 * 60_000L).firstDate()).isEqualTo(3 * 60_000L);
        assertThat(c.since(3 * 60_000L + 1).firstDate()).isEqualTo(4 * 60_000L);
        assertThat(c.tail(5).until(6 * 60_000L).dates()).containsExactly(5 * 60_000L, 6 * 60_000L);
    }

    @Test
    void trimByTimeRange() {
        Candles c = sample(10);
        Candles trimmed = c.trim(new TimeRange("date", "date", 120, 300));
        assertThat(trimmed.dates()).containsExactly(120_000L, 180_000L, 240_000L, 300_000L);
        assertThat(c.trim(TimeRange.ALL)).isSameAs(c);
        assertThat(c.trim(new TimeRange("date", "date", 1000, 2000)).isEmpty()).isTrue();
    }

    @Test
    void indexOfAndEquality() {
        Candles c = sample(10);
        assertThat(c.indexOf(240_000L)).isEqualTo(4);
        assertThat(c.indexOf(240_001L)).isEqualTo(-1);
        assertThat(c.tail(4)).isEqualTo(sample(10).slice(6, 10));
        assertThat(c.tail(4).hashCode()).isEqualTo(sample(10).slice(6, 10).hashCode());
        assertThat(c.tail(4)).isNotEqualTo(c.tail(5));
    }
}
