package dev.hertz.core.data;

import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.OperationalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeRangeTest {

    @Test
    void emptyIsOpen() {
        assertThat(TimeRange.parse("")).isEqualTo(new TimeRange(null, null, 0, 0));
        assertThat(TimeRange.parse(null)).isEqualTo(TimeRange.ALL);
        assertThat(TimeRange.ALL.timerangeStr()).isEqualTo("-");
        assertThat(TimeRange.ALL.startFmt()).isEqualTo("unbounded");
    }

    @Test
    void dates() {
        TimeRange open = TimeRange.parse("20100522-");
        assertThat(open).isEqualTo(new TimeRange("date", null, 1274486400, 0));
        assertThat(open.timerangeStr()).isEqualTo("20100522-");
        TimeRange closed = TimeRange.parse("-20100522");
        assertThat(closed).isEqualTo(new TimeRange(null, "date", 0, 1274486400));
        assertThat(closed.timerangeStr()).isEqualTo("-20100522");
        TimeRange both = TimeRange.parse("20100522-20150730");
        assertThat(both).isEqualTo(new TimeRange("date", "date", 1274486400, 1438214400));
        assertThat(both.timerangeStr()).isEqualTo("20100522-20150730");
        assertThat(both.startFmt()).isEqualTo("2010-05-22 00:00:00");
        assertThat(both.stopFmt()).isEqualTo("2015-07-30 00:00:00");
    }

    @Test
    void unixSecondsAndMillis() {
        assertThat(TimeRange.parse("1231006505-")).isEqualTo(new TimeRange("date", null, 1231006505, 0));
        assertThat(TimeRange.parse("-1233360000")).isEqualTo(new TimeRange(null, "date", 0, 1233360000));
        TimeRange r = TimeRange.parse("1231006505-1233360000");
        assertThat(r).isEqualTo(new TimeRange("date", "date", 1231006505, 1233360000));
        assertThat(r.startDate()).isEqualTo(Instant.ofEpochSecond(1231006505));
        assertThat(r.stopDate()).isEqualTo(Instant.ofEpochSecond(1233360000));
        assertThat(r.timerangeStr()).isEqualTo("20090103-20090131");
        assertThat(TimeRange.parse("1231006505000-1233360000000"))
                .isEqualTo(new TimeRange("date", "date", 1231006505, 1233360000));
        assertThat(TimeRange.parse("1231006505000-")).isEqualTo(new TimeRange("date", null, 1231006505, 0));
        assertThat(TimeRange.parse("-1231006505000")).isEqualTo(new TimeRange(null, "date", 0, 1231006505));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "2010052-", "20100522", "20100522-1233360000", "abc", "20100522--", "1231006505-20100522 "})
    void incorrectSyntax(String text) {
        assertThatThrownBy(() -> TimeRange.parse(text))
                .isInstanceOf(ConfigurationError.class)
                .isInstanceOf(OperationalException.class)
                .hasMessage("Incorrect syntax for timerange \"" + text + "\"");
    }

    @Test
    void startAfterStop() {
        assertThatThrownBy(() -> TimeRange.parse("20100523-20100522"))
                .isInstanceOf(ConfigurationError.class)
                .hasMessage("Start date is after stop date for timerange \"20100523-20100522\"");
    }

    @Test
    void impossibleCalendarDateNamesIt() {
        assertThatThrownBy(() -> TimeRange.parse("20101345-"))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("\"20101345\"").hasMessageContaining("YYYYMMDD");
    }

    @Test
    void subtractStart() {
        assertThat(new TimeRange("date", "date", 1274486400, 1438214400).subtractStart(300).startTs())
                .isEqualTo(1274486400 - 300);
        TimeRange noStart = new TimeRange(null, "date", 0, 1438214400).subtractStart(300);
        assertThat(noStart.startTs()).isZero();
        assertThat(noStart.startDate()).isNull();
        assertThat(new TimeRange("date", null, 1274486400, 0).subtractStart(300).startTs())
                .isEqualTo(1274486400 - 300);
    }

    @Test
    void adjustStartIfNecessary() {
        Instant minDate = Instant.parse("2017-11-14T21:15:00Z");
        // data begins exactly at the start: move forward by the startup candles
        assertThat(new TimeRange("date", "date", 1510694100, 1510780500)
                .adjustStartIfNecessary(300, 20, minDate).startTs()).isEqualTo(1510694100 + 20 * 300);
        // startup data exists before the start: unchanged
        assertThat(new TimeRange("date", "date", 1510700100, 1510780500)
                .adjustStartIfNecessary(300, 20, minDate).startTs()).isEqualTo(1510700100);
        // no start at all: start from the data
        TimeRange none = new TimeRange(null, "date", 0, 1510780500).adjustStartIfNecessary(300, 20, minDate);
        assertThat(none.startType()).isEqualTo("date");
        assertThat(none.startTs()).isEqualTo(1510694100 + 20 * 300);
    }

    @Test
    void containsIsInclusiveOnBothEnds() {
        TimeRange r = TimeRange.parse("1000000000-1000000600");
        assertThat(r.contains(1000000000_000L)).isTrue();
        assertThat(r.contains(1000000600_000L)).isTrue();
        assertThat(r.contains(999999999_999L)).isFalse();
        assertThat(r.contains(1000000600_001L)).isFalse();
    }
}
