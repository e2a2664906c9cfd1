package dev.hertz.core.rpc;

import dev.hertz.core.rpc.RpcMessageDict.DateTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RpcMessageDictTest {
    private static final Instant OPEN = Instant.parse("2024-03-01T10:00:00.250Z");

    private static RpcMessage.EntryInfo entry() {
        return new RpcMessage.EntryInfo(7, null, null, "Binance", "ETH/USDT", null, "Long", 2000.5, 2000.5,
                "limit", 100, "USDT", "ETH", "USDT", null, 0.05, OPEN, Double.NaN, false);
    }

    @Test
    void fieldsKeepTheirWireNamesAndPlainValues() {
        Map<String, Object> dict = RpcMessageDict.of(new RpcMessage.Entry(entry()));

        assertThat(dict).containsEntry("type", "entry")
                .containsEntry("pair", "ETH/USDT")
                .containsEntry("open_rate", 2000.5)
                .containsEntry("leverage", null)
                .containsEntry("sub_trade", false)
                .containsEntry("open_date", new DateTime(OPEN, false));
        assertThat(((Number) dict.get("trade_id")).longValue()).isEqualTo(7);
        assertThat((Double) dict.get("current_rate")).isNaN();
        assertThat(dict.keySet()).contains("type", "buy_tag", "enter_tag", "stake_currency");
    }

    @Test
    void datesFreqtradeReadsFromTheDatabaseAreNaive() {
        Map<String, Object> dict = RpcMessageDict.of(new RpcMessage.EntryCancel(entry(), "cancelled due to timeout"));

        assertThat(dict).containsEntry("open_date", new DateTime(OPEN, true))
                .containsEntry("reason", "cancelled due to timeout")
                .containsEntry("type", "entry_cancel");
    }

    @Test
    void theDictIsANewModifiableMapEachTime() {
        RpcMessage message = new RpcMessage.Whitelist(List.of("ETH/USDT", "BTC/USDT"));
        Map<String, Object> first = RpcMessageDict.of(message);
        first.put("strategy", "SampleStrategy");

        assertThat(first).containsEntry("data", List.of("ETH/USDT", "BTC/USDT"));
        assertThat(RpcMessageDict.of(message)).doesNotContainKey("strategy");
    }
}
