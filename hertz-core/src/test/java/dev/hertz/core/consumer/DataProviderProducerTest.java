package dev.hertz.core.consumer;

import static dev.hertz.core.consumer.Frames.analysed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hertz.core.consumer.ProducerData.SeriesKey;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.data.Timeframe;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.exchange.sim.SimExchange;
import dev.hertz.core.exchange.sim.SimExchangeConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strategy's view: {@code dp.getProducerPairs} and {@code dp.getProducerDf} over what the consumer received. */
class DataProviderProducerTest {
    private static final Instant NOW = Instant.parse("2024-05-06T12:00:20Z");
    private final ProducerData producers = new ProducerData();
    private final DataProvider dp = new DataProvider(new SimExchange(SimExchangeConfig.defaults(), () -> NOW),
            Clock.fixed(NOW, ZoneOffset.UTC), Timeframe.parse("1m"), 50, CandleType.FUTURES, producers);

    @Test
    void defaultsAreTheStrategyTimeframeTheBotsCandleTypeAndTheDefaultProducer() {
        producers.add("default", new SeriesKey("BTC/USDT:USDT", "1m", "futures"), analysed(0, 100), NOW);
        producers.add("other", new SeriesKey("BTC/USDT:USDT", "5m", "mark"), analysed(0, 120), NOW);
        producers.setPairs("default", List.of("BTC/USDT:USDT"));

        assertThat(dp.getProducerDf("BTC/USDT:USDT").frame().length()).isEqualTo(100);
        assertThat(dp.getProducerDf("BTC/USDT:USDT", "1m").lastAnalyzed()).isEqualTo(NOW);
        assertThat(dp.getProducerDf("BTC/USDT:USDT", "", "", "default").frame().length()).isEqualTo(100);
        assertThat(dp.getProducerDf("BTC/USDT:USDT", "5m", "mark", "other").frame().length()).isEqualTo(120);
        assertThat(dp.getProducerDf("BTC/USDT:USDT", "5m", "MARK", "other").frame().length()).isEqualTo(120);
        assertThat(dp.getProducerDf("BTC/USDT:USDT", "1m", "spot", "default").isEmpty()).isTrue();
        assertThat(dp.getProducerPairs()).containsExactly("BTC/USDT:USDT");
        assertThat(dp.getProducerPairs("other")).isEmpty();
    }

    @Test
    void aBotWithoutProducersAnswersEmpty() {
        DataProvider plain = new DataProvider(new SimExchange(SimExchangeConfig.defaults(), () -> NOW),
                Clock.fixed(NOW, ZoneOffset.UTC), Timeframe.parse("1m"), 50);

        assertThat(plain.getProducerPairs()).isEmpty();
        assertThat(plain.getProducerDf("BTC/USDT").isEmpty()).isTrue();
        assertThat(plain.getProducerDf("BTC/USDT").lastAnalyzed()).isEqualTo(Instant.EPOCH);
    }

    @Test
    void anUnknownCandleTypeIsNamed() {
        assertThatThrownBy(() -> dp.getProducerDf("BTC/USDT", "1m", "candles", "default"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown candle type \"candles\"");
    }
}
