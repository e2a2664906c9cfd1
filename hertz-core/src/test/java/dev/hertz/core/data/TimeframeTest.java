package dev.hertz.core.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeframeTest {

    @ParameterizedTest
    @CsvSource({
            "1s, 1", "30s, 30", "1m, 60", "3m, 180", "5m, 300", "15m, 900", "30m, 1800", "1h, 3600",
            "2h, 7200", "4h, 14400", "6h, 21600", "8h, 28800", "12h, 43200", "1d, 86400", "3d, 259200",
            "1w, 604800", "1M, 2592000", "1y, 31536000"})
    void parsesSecondsLikeCcxt(String text, long seconds) {
        Timeframe tf = Timeframe.parse(text);
        assertThat(tf.seconds()).isEqualTo(seconds);
        assertThat(tf.millis()).isEqualTo(seconds * 1000);
        assertThat(tf.minutes()).isEqualTo(seconds / 60);
        assertThat(tf.toString()).isEqualTo(text);
    }

    @Test
    void everyTypicalValueParses() {
        for (String t : Timeframe.TYPICAL.split(" ")) {
            assertThat(Timeframe.parse(t).name()).isEqualTo(t);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "5x", "5", "-5m", "1.5h", "0m", " 5m", "5mm", "99999999999999999999m"})
    void rejectsBadStringsNamingThem(String text) {
        assertThatThrownBy(() -> Timeframe.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid timeframe \"" + text + "\"")
                .hasMessageContaining("allowed units are s, m, h, d, w, M");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> Timeframe.parse(null)).hasMessageContaining("Invalid timeframe \"null\"");
    }

    @Test
    void prevAndNextDate() {
        Timeframe tf = Timeframe.parse("5m");
        Instant t = Instant.parse("2019-08-12T13:22:08Z");
        assertThat(tf.prevDate(t)).isEqualTo(Instant.parse("2019-08-12T13:20:00Z"));
        assertThat(tf.nextDate(t)).isEqualTo(Instant.parse("2019-08-12T13:25:00Z"));
        Instant boundary = Instant.parse("2019-08-12T13:25:00Z");
        assertThat(tf.prevDate(boundary)).isEqualTo(boundary);
        // on a boundary the next candle is still a whole candle ahead
        assertThat(tf.nextDate(boundary)).isEqualTo(Instant.parse("2019-08-12T13:30:00Z"));
    }

    @Test
    void weeklyCandlesStartOnThursdayByPlainModulo() {
        Instant start = Timeframe.parse("1w").prevDate(Instant.parse("2024-10-21T12:00:00Z"));
        assertThat(start).isEqualTo(Instant.parse("2024-10-17T00:00:00Z"));
        assertThat(start.atZone(java.time.ZoneOffset.UTC).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.THURSDAY);
    }

    @Test
    void candleOpenOfNegativeEpochStillFloors() {
        assertThat(Timeframe.parse("1m").candleOpen(-1)).isEqualTo(-60_000);
    }

    @Test
    void minusCandles() {
        Timeframe tf = Timeframe.parse("1h");
        assertThat(tf.minusCandles(Instant.parse("2024-01-01T10:30:00Z"), 3))
                .isEqualTo(Instant.parse("2024-01-01T07:00:00Z"));
    }
}
