package dev.hertz.core.pairlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases of freqtrade's {@code test_expand_pairlist} and {@code test_expand_pairlist_keep_invalid}. */
class PairlistExpansionTest {

    private static final List<String> UP_MARKETS =
            List.of("BTC/USDT", "ETC/USDT", "ETH/USDT", "BTCUP/USDT", "XRPUP/USDT", "XRPDOWN/USDT");

    @Test
    void expressionsMatchWholeSymbolsCaseInsensitively() {
        assertThat(expand(List.of("BTC/USDT", "ETH/USDT"), List.of("BTC/USDT"))).containsExactly("BTC/USDT");
        assertThat(expand(List.of(".*/USDT"), List.of("BTC/USDT", "ETH/USDT"))).containsExactly("BTC/USDT", "ETH/USDT");
        assertThat(expand(List.of(".*C/USDT"), List.of("BTC/USDT", "ETC/USDT", "ETH/USDT")))
                .containsExactly("BTC/USDT", "ETC/USDT");
        assertThat(expand(List.of(".*UP/USDT", "BTC/USDT", "ETH/USDT"), UP_MARKETS))
                .containsExactlyInAnyOrder("BTC/USDT", "ETH/USDT", "BTCUP/USDT", "XRPUP/USDT");
        assertThat(expand(List.of("BTC/.*", "ETH/.*"),
                List.of("BTC/USDT", "ETC/USDT", "ETH/USDT", "BTC/USD", "ETH/EUR", "BTC/GBP")))
                .containsExactlyInAnyOrder("BTC/USDT", "ETH/USDT", "BTC/USD", "ETH/EUR", "BTC/GBP");
        assertThat(expand(List.of("BTC/USD"), List.of("BTC/USD", "BTC/USDT"))).containsExactly("BTC/USD");
        assertThat(expand(List.of("btc/usdt"), List.of("BTC/USDT"))).containsExactly("BTC/USDT");
    }

    @Test
    void keepInvalidKeepsUnlistedPlainPairsOnly() {
        assertThat(PairlistExpansion.expand(List.of("BTC/USDT", "ETH/USDT"), List.of("BTC/USDT"), true))
                .containsExactly("BTC/USDT", "ETH/USDT");
        assertThat(PairlistExpansion.expand(List.of("HELLO/WORLD"), List.of(), true)).containsExactly("HELLO/WORLD");
        assertThat(PairlistExpansion.expand(List.of("BTC/USDT:USDT"), List.of("BTC/USDT:USDT", "BTC/USDT"), true))
                .containsExactly("BTC/USDT:USDT");
        assertThat(PairlistExpansion.expand(
                List.of("BB_BTC/USDT", "CC_BTC/USDT", "AA_ETH/USDT", "XRP/USDT", "ETH/USDT", "XX_BTC/USDT"),
                List.of("BTC/USDT", "ETH/USDT"), true))
                .containsExactly("XRP/USDT", "ETH/USDT");
        assertThat(PairlistExpansion.expand(List.of("\\+WHAT/BTC"), List.of("ETH/BTC"), true)).isEmpty();
    }

    @Test
    void invalidExpressionNamesTheEntry() {
        for (boolean keep : new boolean[] {false, true}) {
            assertThatThrownBy(() -> PairlistExpansion.expand(List.of("*UP/USDT", "BTC/USDT"), UP_MARKETS, keep))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Wildcard error in *UP/USDT, ");
        }
    }

    private static List<String> expand(List<String> entries, List<String> available) {
        return PairlistExpansion.expand(entries, available, false);
    }
}
