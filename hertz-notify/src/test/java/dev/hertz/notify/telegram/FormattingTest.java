package dev.hertz.notify.telegram;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** freqtrade's number, date and table formatting, checked against the reference's examples. */
class FormattingTest {

    @Test
    void roundValueAndFmtCoin() {
        assertThat(Fmt.roundValue(1333.3333333333335, 8)).isEqualTo("1333.33333333");
        assertThat(Fmt.roundValue(1.099e-05, 8)).isEqualTo("0.00001099");
        assertThat(Fmt.roundValue(2.0, 8)).isEqualTo("2");
        assertThat(Fmt.coin(0.01465333, "BTC")).isEqualTo("0.01465333 BTC");
        assertThat(Fmt.coin(6.83, "USDT")).isEqualTo("6.83 USDT");
        assertThat(Fmt.coin(0.0, "USDT")).isEqualTo("0 USDT");
        assertThat(Fmt.coin(-0.05746268, "ETH")).isEqualTo("-0.05746 ETH");
        assertThat(Fmt.coinValue(12.5, "USDT")).isEqualTo("12.5");
    }

    @Test
    void percentRoundsHalfEvenOnTheBinaryValue() {
        assertThat(Fmt.pct(-0.57405275)).isEqualTo("-57.41%");
        assertThat(Fmt.pct(Double.NaN)).isEqualTo("nan%");
        assertThat(Fmt.fixed(0.125, 2)).isEqualTo("0.12");
    }

    @Test
    void timedeltaAndShortenedDates() {
        assertThat(Fmt.timedelta(19 * 60L)).isEqualTo("0:19:00");
        assertThat(Fmt.timedelta(3600L)).isEqualTo("1:00:00");
        assertThat(Fmt.timedelta(86_400L + 2 * 3600 + 30 * 60)).isEqualTo("1 day, 2:30:00");
        assertThat(Fmt.timedelta(3 * 86_400L + 5)).isEqualTo("3 days, 0:00:05");
        assertThat(Fmt.timedelta(90.5)).isEqualTo("0:01:30.500000");
        assertThat(Fmt.shortenDate("an hour ago")).isEqualTo("1 h ago");
        assertThat(Fmt.shortenDate("5 minutes ago")).isEqualTo("5 min ago");
        assertThat(Fmt.shortenDate("a month ago")).isEqualTo("1 month ago");
        assertThat(Fmt.shortenDate("2 days ago")).isEqualTo("2 d ago");
    }

    @Test
    void countTableAsTabulateDrawsIt() {
        assertThat(TextTable.render(List.of("current", "max", "total stake"), List.of(List.of("1", "3", "0.01"))))
                .isEqualTo("""
                          current    max    total stake
                        ---------  -----  -------------
                                1      3           0.01""");
    }

    @Test
    void stringColumnsLeftAlignedAndSurplusHeadersDropped() {
        String table = TextTable.render(List.of("Day (count)", "USDT", "", "Profit %", "Trades"),
                List.of(List.of("2022-06-11 (2)", "6.83 USDT", "7.51 USD", "0.64%"),
                        List.of("2022-06-10 (0)", "0 USDT", "0.00 ", "0.00%")));
        assertThat(table.split("\n")).containsExactly(
                "Day (count)     USDT                 Profit %",
                "--------------  ---------  --------  ----------",
                "2022-06-11 (2)  6.83 USDT  7.51 USD  0.64%",
                "2022-06-10 (0)  0 USDT     0.00      0.00%");
    }

    @Test
    void floatColumnsAlignOnTheDecimalPoint() {
        assertThat(TextTable.render(List.of("a"), List.of(List.of("1.5"), List.of("10.25"), List.of("3"))).split("\n"))
                .containsExactly("    a", "-----", " 1.5", "10.25", " 3");
    }

    @Test
    void pythonTextOfConfigSections() throws Exception {
        var node = HandlerFixture.JSON.readTree("{\"0\": 0.04, \"40\": 0.0, \"x\": true, \"y\": null, \"z\": [1, \"a\"]}");
        assertThat(PyText.repr(node)).isEqualTo("{'0': 0.04, '40': 0.0, 'x': True, 'y': None, 'z': [1, 'a']}");
        assertThat(PyText.jsonDumps(node)).isEqualTo("{\"0\": 0.04, \"40\": 0.0, \"x\": true, \"y\": null, \"z\": [1, \"a\"]}");
    }

    @Test
    void markdownV2Escaping() {
        assertThat(ControlCommands.escapeMarkdownV2("2024-10-20 10:00:00.123 (x)!"))
                .isEqualTo("2024\\-10\\-20 10:00:00\\.123 \\(x\\)\\!");
    }
}
