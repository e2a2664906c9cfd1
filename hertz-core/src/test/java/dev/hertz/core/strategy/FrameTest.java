package dev.hertz.core.strategy;

import org.junit.jupiter.api.Test;

import static dev.hertz.core.strategy.Conditions.above;
import static dev.hertz.core.strategy.Conditions.below;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameTest {

    private static final double NaN = Double.NaN;

    private final double[] close = {10, 11, 12, 11, 13};
    private final Frame f = Frame.of(new long[] {0, 60_000, 120_000, 180_000, 240_000},
            new double[] {9, 10, 11, 12, 11}, new double[] {11, 12, 13, 12, 14}, new double[] {8, 9, 10, 10, 11},
            close, new double[] {1, 2, 3, 4, 5});

    @Test
    void candleColumnsAreSharedNotCopied() {
        assertThat(f.length()).isEqualTo(5);
        assertThat(f.lastIndex()).isEqualTo(4);
        assertThat(f.close()).isSameAs(close);
        assertThat(f.col("close")).isSameAs(close);
        assertThat(f.high()).containsExactly(11, 12, 13, 12, 14);
        assertThat(f.columnNames()).containsExactly("date", "open", "high", "low", "close", "volume");
    }

    @Test
    void setStoresTheArrayAndChains() {
        double[] rsi = {NaN, NaN, 50, 40, 60};
        double[] ema = {1, 2, 3, 4, 5};

        f.set("rsi", rsi).set("ema", ema);

        assertThat(f.col("rsi")).isSameAs(rsi);
        assertThat(f.has("ema")).isTrue();
        assertThat(f.last("rsi")).isEqualTo(60);
        assertThat(f.columnNames()).endsWith("rsi", "ema");
    }

    @Test
    void aColumnOfTheWrongLengthIsRejectedWithNameAndBothLengths() {
        assertThatThrownBy(() -> f.set("rsi", new double[4]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'rsi' has 4 values but the frame has 5 rows");
        assertThat(f.has("rsi")).isFalse();
    }

    @Test
    void candleArraysOfDifferentLengthsAreRejected() {
        assertThatThrownBy(() -> Frame.of(new long[2], new double[2], new double[2], new double[1],
                new double[2], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column 'low' has 1 values but the frame has 2 rows");
    }

    @Test
    void readingAMissingColumnListsTheColumnsThatExist() {
        assertThatThrownBy(() -> f.col("rsi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no column 'rsi' in frame; columns: [date, open, high, low, close, volume]");
    }

    @Test
    void dateCannotBeReplacedAndNamesMustNotBeBlank() {
        assertThatThrownBy(() -> f.set("date", new double[5])).hasMessageContaining("'date'");
        assertThatThrownBy(() -> f.set(" ", new double[5])).hasMessageContaining("must not be empty");
    }

    @Test
    void signalMarksOneWhereTheMaskHoldsAndNanElsewhere() {
        f.signal(Frame.ENTER_LONG, above(f.close(), 11));

        assertThat(f.col("enter_long")).containsExactly(NaN, NaN, 1, NaN, 1);
    }

    @Test
    void repeatedSignalsCombineLikeRepeatedLocAssignments() {
        f.signal(Frame.EXIT_LONG, above(f.close(), 12));
        f.signal(Frame.EXIT_LONG, i -> i == 0);

        assertThat(f.col("exit_long")).containsExactly(1, NaN, NaN, NaN, 1);
    }

    @Test
    void signalWithATagWritesTheMatchingTagColumn() {
        f.signal(Frame.ENTER_SHORT, below(f.close(), 11), "dip");
        f.signal(Frame.EXIT_LONG, above(f.close(), 12), "top");

        assertThat(f.col("enter_short")).containsExactly(1, NaN, NaN, NaN, NaN);
        assertThat(f.strings("enter_tag")).containsExactly("dip", "", "", "", "");
        assertThat(f.strings("exit_tag")).containsExactly("", "", "", "", "top");
    }

    @Test
    void setTagFillsAMissingTagColumnWithEmptyStrings() {
        f.setTag(Frame.ENTER_TAG, f.mask(i -> i % 2 == 1), "odd");

        assertThat(f.strings(Frame.ENTER_TAG)).containsExactly("", "odd", "", "odd", "");
    }

    @Test
    void onlyTheFourSignalColumnsAcceptSignals() {
        assertThatThrownBy(() -> f.signal("buy", above(f.close(), 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'buy' is not a signal column")
                .hasMessageContaining("enter_long");
    }

    @Test
    void aMaskOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> f.signal(Frame.ENTER_LONG, Mask.all(4, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mask for column 'enter_long' has 4 rows but the frame has 5 rows");
    }

    @Test
    void locStyleSetWritesAnyValueIntoANumericColumn() {
        f.set("zone", f.mask(i -> i < 2), -1.0);
        f.set("zone", f.mask(i -> i >= 3), 1.0);

        assertThat(f.col("zone")).containsExactly(-1, -1, NaN, 1, 1);
    }

    @Test
    void numericAndStringColumnsAreNotMixedUp() {
        f.setTag(Frame.ENTER_TAG, Mask.all(5, true), "x");

        assertThatThrownBy(() -> f.col(Frame.ENTER_TAG)).hasMessageContaining("holds strings");
        assertThatThrownBy(() -> f.strings("close")).hasMessageContaining("is numeric");
        assertThatThrownBy(() -> f.set(Frame.ENTER_TAG, Mask.all(5, true), 1.0)).hasMessageContaining("holds strings");
        assertThatThrownBy(() -> f.setTag("close", Mask.all(5, true), "x")).hasMessageContaining("is numeric");
        assertThatThrownBy(() -> f.setStrings("note", new String[3])).hasMessageContaining("has 3 values");
    }

    @Test
    void copyIsDeep() {
        f.set("rsi", new double[] {1, 2, 3, 4, 5});
        f.setTag(Frame.ENTER_TAG, Mask.all(5, true), "a");

        Frame c = f.copy();
        c.col("rsi")[0] = 99;
        c.close()[0] = 99;
        c.strings(Frame.ENTER_TAG)[0] = "b";
        c.date()[0] = 99;

        assertThat(f.col("rsi")[0]).isEqualTo(1);
        assertThat(f.close()[0]).isEqualTo(10);
        assertThat(f.strings(Frame.ENTER_TAG)[0]).isEqualTo("a");
        assertThat(f.date()[0]).isZero();
        assertThat(c.columnNames()).isEqualTo(f.columnNames());
    }

    @Test
    void tailKeepsTheLastRowsOfEveryColumn() {
        f.set("rsi", new double[] {1, 2, 3, 4, 5});
        f.setTag(Frame.ENTER_TAG, f.mask(i -> i == 4), "last");

        Frame t = f.tail(2);

        assertThat(t.length()).isEqualTo(2);
        assertThat(t.date()).containsExactly(180_000, 240_000);
        assertThat(t.close()).containsExactly(11, 13);
        assertThat(t.col("rsi")).containsExactly(4, 5);
        assertThat(t.strings(Frame.ENTER_TAG)).containsExactly("", "last");
        assertThat(f.tail(10).length()).isEqualTo(5);
        assertThat(f.tail(0).length()).isZero();
        assertThatThrownBy(() -> f.tail(-1)).hasMessageContaining("n >= 0");
    }

    @Test
    void indexOfFindsACandleByItsOpenTime() {
        assertThat(f.indexOf(120_000)).isEqualTo(2);
        assertThat(f.indexOf(130_000)).isEqualTo(-1);
    }

    @Test
    void anEmptyFrameHasNoLastRow() {
        Frame empty = Frame.of(new long[0], new double[0], new double[0], new double[0], new double[0], new double[0]);

        assertThat(empty.length()).isZero();
        assertThat(empty.lastIndex()).isEqualTo(-1);
        assertThatThrownBy(() -> empty.last("close")).hasMessageContaining("empty");
    }

    @Test
    void toStringShowsRowsAndColumns() {
        assertThat(f.toString()).isEqualTo("Frame[5 rows; date, open, high, low, close, volume]");
    }
}
