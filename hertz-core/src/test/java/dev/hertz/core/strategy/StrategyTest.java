package dev.hertz.core.strategy;

import dev.hertz.core.exchange.StrategyError;
import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Defaults and start-up behaviour of the strategy base class. */
class StrategyTest {

    static class AfterFill extends TestStrategy {
        @Override
        public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                     double currentProfit, boolean afterFill) {
            return afterFill ? -0.01 : -0.05;
        }
    }

    static class PlainCustomStop extends TestStrategy {
        @Override
        public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                     double currentProfit) {
            return -0.03;
        }
    }

    @Test
    void callbacksDefaultToFreqtradesValues() {
        TestStrategy s = new TestStrategy();
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        Trade trade = new Trade();

        assertThat(s.customStoploss("BTC/USDT", trade, now, 100, 0.01)).isEqualTo(-0.10);
        assertThat(s.customStoploss("BTC/USDT", trade, now, 100, 0.01, true)).isEqualTo(-0.10);
        assertThat(s.customExit("BTC/USDT", trade, now, 100, 0.01)).isNull();
        assertThat(s.customEntryPrice("BTC/USDT", null, now, 99.5, null, SignalDirection.LONG)).isEqualTo(99.5);
        assertThat(s.customExitPrice("BTC/USDT", trade, now, 101.5, 0.01, null)).isEqualTo(101.5);
        assertThat(s.customStakeAmount("BTC/USDT", now, 100, 25, null, 500, 1, null, SignalDirection.LONG)).isEqualTo(25);
        assertThat(s.confirmTradeEntry("BTC/USDT", "limit", 1, 100, "GTC", now, null, SignalDirection.LONG)).isTrue();
        assertThat(s.confirmTradeExit("BTC/USDT", trade, "limit", 1, 100, "GTC", "roi", now)).isTrue();
        assertThat(s.checkEntryTimeout("BTC/USDT", trade, null, now)).isFalse();
        assertThat(s.adjustTradePosition(trade, now, 100, 0, null, 500, 100, 100, 0, 0)).isNull();
        assertThat(s.adjustEntryPrice(trade, null, "BTC/USDT", now, 99, 98, null, SignalDirection.LONG)).isEqualTo(98);
        assertThat(s.leverage("BTC/USDT", now, 100, 1, 20, null, SignalDirection.SHORT)).isEqualTo(1.0);
        assertThat(s.informativePairs()).isEmpty();
        assertThat(s.protections()).isEmpty();
        assertThat(s.version()).isNull();
    }

    @Test
    void attributesReadFreqtradesDefaultsUntilMerged() {
        TestStrategy s = new TestStrategy();
        assertThat(s.useExitSignal()).isTrue();
        assertThat(s.exitProfitOnly()).isFalse();
        assertThat(s.maxOpenTrades()).isEqualTo(-1);
        assertThat(s.minimalRoi()).isEmpty();
        assertThat(s.orderTypes()).containsEntry("stoploss_on_exchange_interval", 60);
        assertThat(s.orderTimeInForce()).containsEntry("entry", "GTC").containsEntry("exit", "GTC");
        assertThat(s.processOnlyNewCandles()).isTrue();
        assertThat(s.name()).isEqualTo("TestStrategy");
        assertThatThrownBy(s::config).hasMessageContaining("load it with StrategyResolver");
        s.timeframe = null;
        assertThatThrownBy(s::timeframe).hasMessageContaining("has no timeframe");
    }

    @Test
    void onlyTheSixArgumentCustomStoplossAsksForCallsAfterFills() {
        assertThat(new AfterFill().customStoplossUsesAfterFill()).isTrue();
        assertThat(new PlainCustomStop().customStoplossUsesAfterFill()).isFalse();
        assertThat(new TestStrategy().customStoplossUsesAfterFill()).isFalse();
        assertThat(new PlainCustomStop().customStoploss("X/Y", new Trade(), Instant.EPOCH, 1, 0, true)).isEqualTo(-0.03);
    }

    static class Recording extends TestStrategy {
        final IntParameter buyLevel = new IntParameter(1, 9, 5);
        final List<Integer> seenInBotStart = new ArrayList<>();
        boolean fail;

        Recording() {
            buyParams = java.util.Map.of("buyLevel", 8);
        }

        @Override
        public void botStart() {
            if (fail) {
                throw new IllegalStateException("no data");
            }
            seenInBotStart.add(buyLevel.value());
        }
    }

    @Test
    void botStartRunsBeforeStoredParameterValuesAreApplied() {
        Recording s = new Recording();
        s.ftBotStart();
        assertThat(s.seenInBotStart).containsExactly(5);
        assertThat(s.buyLevel.value()).isEqualTo(8);

        Recording failing = new Recording();
        failing.fail = true;
        assertThatThrownBy(failing::ftBotStart).isInstanceOf(StrategyError.class)
                .hasMessageContaining("Recording failed in botStart").hasMessageContaining("no data");
    }
}
