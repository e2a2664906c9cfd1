package dev.hertz.core.rpc;

import dev.hertz.core.config.TradingMode;
import dev.hertz.core.persistence.Trade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /profit_all} of a futures bot: all trades, then the long and the short ones apart. */
class RpcProfitAllTest {
    @TempDir
    Path dir;
    RpcBot fx;

    @BeforeEach
    void setUp() {
        fx = new RpcBot(dir, "{\"trading_mode\": \"futures\", \"margin_mode\": \"isolated\"}");
        fx.closedTrade("BTC/USDT", "2024-03-08T10:00:00Z", "2024-03-08T12:00:00Z", 0.05, 5, "roi", null);
        Trade shortTrade = fx.closedTrade("ETH/USDT", "2024-03-09T10:00:00Z", "2024-03-09T11:00:00Z", -0.02, -2,
                "stop_loss", null);
        shortTrade.setShort(true);
        shortTrade.setTradingMode(TradingMode.FUTURES);
        fx.trades.save(shortTrade);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void longAndShortStatisticsSeparately() {
        ProfitAll all = fx.rpc.profitAll();
        assertThat(all.all().closedTradeCount()).isEqualTo(2);
        assertThat(all.all().profitClosedCoin()).isEqualTo(3.0);
        assertThat(all.longTrades().closedTradeCount()).isEqualTo(1);
        assertThat(all.longTrades().profitClosedCoin()).isEqualTo(5.0);
        assertThat(all.longTrades().bestPair()).isEqualTo("BTC/USDT");
        assertThat(all.longTrades().tradingVolume()).isEqualTo(205.0);
        assertThat(all.shortTrades().closedTradeCount()).isEqualTo(1);
        assertThat(all.shortTrades().profitClosedCoin()).isEqualTo(-2.0);
        assertThat(all.shortTrades().losingTrades()).isEqualTo(1);
        assertThat(all.shortTrades().bestPair()).isEqualTo("ETH/USDT");
    }
}
