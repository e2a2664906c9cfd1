package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import dev.hertz.core.util.PythonFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text forms freqtrade (Python + SQLAlchemy) writes and reads. */
class ValueFormatTest {

    @Test
    void dateTimesUseSqlalchemysSqliteForm() {
        assertThat(DbTime.format(Instant.parse("2024-01-02T03:04:05Z"))).isEqualTo("2024-01-02 03:04:05.000000");
        assertThat(DbTime.format(Instant.parse("2024-01-02T03:04:05.123456789Z"))).isEqualTo("2024-01-02 03:04:05.123456");
        assertThat(DbTime.parse("2024-01-02 03:04:05.123456")).isEqualTo(Instant.parse("2024-01-02T03:04:05.123456Z"));
        assertThat(DbTime.parse("2024-01-02 03:04:05")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(DbTime.parse("2024-01-02 03:04:05.5")).isEqualTo(Instant.parse("2024-01-02T03:04:05.5Z"));
        assertThat(DbTime.parse("2024-01-02T03:04:05")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
        assertThat(DbTime.parse("2024-01-02")).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThatThrownBy(() -> DbTime.parse("02.01.2024")).hasMessageContaining("'02.01.2024'");
    }

    @Test
    void floatsAreWrittenLikePythonsStr() {
        assertThat(PythonFormat.floatRepr(2.0)).isEqualTo("2.0");
        assertThat(PythonFormat.floatRepr(0.1)).isEqualTo("0.1");
        assertThat(PythonFormat.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonFormat.floatRepr(1e-05)).isEqualTo("1e-05");
        assertThat(PythonFormat.floatRepr(-1.5e-07)).isEqualTo("-1.5e-07");
        assertThat(PythonFormat.floatRepr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PythonFormat.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFormat.floatRepr(1.2345e22)).isEqualTo("1.2345e+22");
        assertThat(PythonFormat.floatRepr(123.456)).isEqualTo("123.456");
        assertThat(PythonFormat.floatRepr(-0.0)).isEqualTo("-0.0");
        assertThat(PythonFormat.floatRepr(Double.NaN)).isEqualTo("nan");
        assertThat(PythonFormat.floatRepr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
        assertThat(PythonFormat.parseFloat("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(PythonFormat.parseFloat("1e-05")).isEqualTo(1e-05);
    }

    @Test
    void customDataTypesMirrorPython() {
        assertThat(CustomData.pythonType(true)).isEqualTo("bool");
        assertThat(CustomData.pythonType(3)).isEqualTo("int");
        assertThat(CustomData.pythonType(3.0f)).isEqualTo("float");
        assertThat(CustomData.pythonType("s")).isEqualTo("str");
        assertThat(CustomData.pythonType(List.of(1))).isEqualTo("list");
        assertThat(CustomData.encode(false)).isEqualTo("False");
        assertThat(CustomData.encode(List.of(1, "a"))).isEqualTo("[1,\"a\"]");
        assertThat(cd("bool", "TRUE").value()).isEqualTo(true);
        assertThat(cd("bool", "no").value()).isEqualTo(false);
        assertThat(cd("int", "123456789012345678901234").value()).isEqualTo(new BigInteger("123456789012345678901234"));
        assertThat(cd("float", "nan").value()).isEqualTo(Double.NaN);
        assertThat(cd("list", "[1, 2.5, \"x\"]").value()).isEqualTo(List.of(1, 2.5, "x"));
        assertThatThrownBy(() -> cd("int", "abc").value()).isInstanceOf(PersistenceException.class)
                .hasMessageContaining("'abc', which is not a valid int");
    }

    private static CustomData cd(String type, String text) {
        return new CustomData(1L, 1, "k", type, text, Instant.EPOCH, null);
    }

    @Test
    void tradingModeIsStoredByMemberName() {
        assertThat(TradeRows.tradingMode("FUTURES")).isEqualTo(TradingMode.FUTURES);
        assertThat(TradeRows.tradingMode("margin")).isEqualTo(TradingMode.MARGIN);
        assertThat(TradingMode.SPOT.value()).isEqualTo("spot");
        assertThatThrownBy(() -> TradeRows.tradingMode("Spot")).hasMessageContaining("'Spot'");
    }

    @Test
    void keyValuesAndLocksValidateTheirShape() {
        assertThatThrownBy(() -> new KeyValue("k", KeyValue.ValueType.INT, 1.5))
                .hasMessageContaining("must be a Long, got Double");
        assertThatThrownBy(() -> PairLock.of("ETH/BTC", "both", null, Instant.EPOCH, Instant.EPOCH))
                .hasMessageContaining("'both' is invalid");
        assertThat(PairLock.of("ETH/BTC", null, null, Instant.EPOCH, Instant.EPOCH).side()).isEqualTo("*");
    }
}
