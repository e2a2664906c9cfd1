package dev.hertz.core.util;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Expected texts were produced by CPython 3.11. */
class PythonFormatTest {

    @Test
    void floatReprMatchesPythonStr() {
        assertThat(PythonFormat.floatRepr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PythonFormat.floatRepr(0.0)).isEqualTo("0.0");
        assertThat(PythonFormat.floatRepr(-0.05)).isEqualTo("-0.05");
        assertThat(PythonFormat.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFormat.floatRepr(1.5e-5)).isEqualTo("1.5e-05");
        assertThat(PythonFormat.floatRepr(123456789012345678.0)).isEqualTo("1.2345678901234568e+17");
        assertThat(PythonFormat.floatRepr(Double.NaN)).isEqualTo("nan");
    }

    @Test
    void fixedRoundsTheExactBinaryValueHalfEvenAndKeepsNegativeZero() {
        assertThat(PythonFormat.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(PythonFormat.fixed(2.675, 2)).isEqualTo("2.67");
        assertThat(PythonFormat.fixed(-0.001, 2)).isEqualTo("-0.00");
        assertThat(PythonFormat.fixed(0.0000001, 8)).isEqualTo("0.00000010");
    }

    @Test
    void percentMultipliesFirst() {
        assertThat(PythonFormat.percent(0.005, 1)).isEqualTo("0.5%");
        assertThat(PythonFormat.percent(1e-5, 3)).isEqualTo("0.001%");
        assertThat(PythonFormat.percent(-0.05, 2)).isEqualTo("-5.00%");
    }

    @Test
    void jsonScalarsPrintAsPythonValues() {
        assertThat(PythonFormat.str(IntNode.valueOf(10))).isEqualTo("10");
        assertThat(PythonFormat.str(DoubleNode.valueOf(10.0))).isEqualTo("10.0");
        assertThat(PythonFormat.str(NullNode.getInstance())).isEqualTo("None");
        assertThat(PythonFormat.str(BooleanNode.TRUE)).isEqualTo("True");
    }

    @Test
    void stringReprChoosesQuotesAsPythonDoes() {
        assertThat(PythonFormat.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonFormat.repr("a\"b'c")).isEqualTo("'a\"b\\'c'");
        assertThat(PythonFormat.repr("back\\slash")).isEqualTo("'back\\\\slash'");
        assertThat(PythonFormat.listRepr(List.of("ETH/BTC", "XRP/BTC"))).isEqualTo("['ETH/BTC', 'XRP/BTC']");
        assertThat(PythonFormat.listRepr(List.of())).isEqualTo("[]");
    }

    @Test
    void pluralFollowsFreqtrade() {
        assertThat(PythonFormat.plural(1, "day")).isEqualTo("day");
        assertThat(PythonFormat.plural(-1, "day")).isEqualTo("day");
        assertThat(PythonFormat.plural(10, "day")).isEqualTo("days");
        assertThat(PythonFormat.plural(0, "candle", "candles")).isEqualTo("candles");
    }

}
