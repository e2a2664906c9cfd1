package dev.hertz.core.consumer;

import static dev.hertz.core.consumer.Frames.MINUTE;
import static dev.hertz.core.consumer.Frames.T0;
import static dev.hertz.core.consumer.Frames.analysed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.consumer.ProducerData.Merge;
import dev.hertz.core.consumer.ProducerData.SeriesKey;
import dev.hertz.core.strategy.Frame;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProducerDataTest {
    private static final SeriesKey BTC = new SeriesKey("BTC/USDT", "1m", "spot");
    private static final Instant LA = Instant.parse("2024-05-06T12:00:20Z");

    private final ProducerData data = new ProducerData();

    private Frame held() {
        return data.dataframe("default", "BTC/USDT", "1m", "spot").frame();
    }

    @Test
    void nothingReceivedIsAnEmptyFrameAtTheEpoch() {
        ProducerDataframe none = data.dataframe("default", "BTC/USDT", "1m", "spot");

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.lastAnalyzed()).isEqualTo(Instant.EPOCH);
        assertThat(data.pairs("default")).isEmpty();
    }

    @Test
    void aFullFrameReplacesAndSingleCandlesAppend() {
        assertThat(data.add("default", BTC, analysed(0, 200), LA)).isEqualTo(Merge.APPENDED);
        assertThat(data.add("default", BTC, analysed(200, 1), LA.plusSeconds(60))).isEqualTo(Merge.APPENDED);

        ProducerDataframe got = data.dataframe("default", "BTC/USDT", "1m", "spot");
        assertThat(got.frame().length()).isEqualTo(201);
        assertThat(got.frame().date()[200]).isEqualTo(T0 + 200 * MINUTE);
        assertThat(got.frame().close()[200]).isEqualTo(200);
        assertThat(got.lastAnalyzed()).isEqualTo(LA.plusSeconds(60));

        assertThat(data.add("default", BTC, analysed(50, 100), LA)).as("a full frame replaces").isEqualTo(Merge.APPENDED);
        assertThat(held().length()).isEqualTo(100);
        assertThat(held().date()[0]).isEqualTo(T0 + 50 * MINUTE);
    }

    @Test
    void theSameCandleAgainReplacesTheHeldOne() {
        data.add("default", BTC, analysed(0, 150), LA);
        Frame again = analysed(149, 1);
        again.close()[0] = 999;

        data.add("default", BTC, again, LA);

        assertThat(held().length()).isEqualTo(150);
        assertThat(held().close()[149]).isEqualTo(999);
        assertThat(held().close()[148]).isEqualTo(148);
    }

    @Test
    void aGapOrNothingHeldAsksForCandles() {
        assertThat(data.add("default", BTC, analysed(0, 1), LA)).isEqualTo(new Merge(false, 1000));
        assertThat(held().length()).isZero();

        data.add("default", BTC, analysed(0, 150), LA);
        assertThat(data.add("default", BTC, analysed(153, 1), LA)).isEqualTo(new Merge(false, 4));
        assertThat(held().length()).as("unchanged").isEqualTo(150);

        assertThat(data.add("default", BTC, analysed(149, 5), LA)).as("the re-requested candles, overlapping by one")
                .isEqualTo(Merge.APPENDED);
        assertThat(held().length()).isEqualTo(154);
        assertThat(held().close()[153]).isEqualTo(153);
    }

    @Test
    void aShortReplyIsTakenWholeWhenNothingIsHeld() {
        assertThat(data.add("default", BTC, analysed(0, 20), LA)).isEqualTo(Merge.APPENDED);

        assertThat(held().length()).isEqualTo(20);
    }

    @Test
    void keepsTheLast1500Candles() {
        data.add("default", BTC, analysed(0, 1500), LA);
        data.add("default", BTC, analysed(1500, 1), LA);

        assertThat(held().length()).isEqualTo(1500);
        assertThat(held().date()[0]).isEqualTo(T0 + MINUTE);
        assertThat(held().date()[1499]).isEqualTo(T0 + 1500 * MINUTE);
    }

    @Test
    void appendingUnitesColumns() {
        data.add("default", BTC, analysed(0, 100), LA);
        Frame next = analysed(100, 1);
        next.set("new_indicator", new double[] {7});
        next.setStrings("rsi", new String[] {"high"});

        data.add("default", BTC, next, LA);

        assertThat(held().col("new_indicator")[99]).isNaN();
        assertThat(held().col("new_indicator")[100]).isEqualTo(7);
        assertThat(held().strings("rsi")[99]).isEqualTo("55.0");
        assertThat(held().strings("rsi")[100]).isEqualTo("high");
    }

    @Test
    void readersGetCopiesAndProducersAreSeparate() {
        data.add("default", BTC, analysed(0, 100), LA);
        data.setPairs("default", List.of("BTC/USDT", "ETH/USDT"));

        held().close()[0] = -1;

        assertThat(held().close()[0]).isZero();
        assertThat(data.pairs("default")).containsExactly("BTC/USDT", "ETH/USDT");
        assertThat(data.pairs("other")).isEmpty();
        assertThat(data.dataframe("other", "BTC/USDT", "1m", "spot").isEmpty()).isTrue();
        assertThat(data.dataframe("default", "BTC/USDT", "5m", "spot").isEmpty()).isTrue();
        assertThat(data.dataframe("default", "BTC/USDT", "1m", "futures").isEmpty()).isTrue();
    }

    @Test
    void anUnreadableTimeframeIsRefusedWhenAppending() {
        SeriesKey bad = new SeriesKey("BTC/USDT", "1x", "spot");
        data.add("default", bad, analysed(0, 100), LA);

        assertThatThrownBy(() -> data.add("default", bad, analysed(100, 1), LA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1x");
    }
}
