package dev.hertz.core.consumer;

import static dev.hertz.core.consumer.Frames.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.strategy.Frame;
import org.junit.jupiter.api.Test;

class DataframeReaderTest {

    private static JsonNode envelope(String split) {
        return JSON.createObjectNode().put("__type__", "dataframe").put("__value__", split);
    }

    @Test
    void readsBackWhatTheProducerWrote() {
        Frame sent = Frames.analysed(0, 3);
        sent.set("sma", new double[] {Double.NaN, 1.5, 2.5});

        Frame read = DataframeReader.read(Frames.envelope(sent, 1497));

        assertThat(read.columnNames()).isEqualTo(sent.columnNames());
        assertThat(read.date()).containsExactly(sent.date());
        assertThat(read.close()).containsExactly(0, 1, 2);
        assertThat(read.col("sma")).containsExactly(Double.NaN, 1.5, 2.5);
        assertThat(read.col(Frame.ENTER_LONG)).containsExactly(1, 1, 1);
        assertThat(read.strings(Frame.ENTER_TAG)).containsExactly("go", "go", "go");
    }

    @Test
    void readsAFrameAsPandasWritesIt() {
        // freqtrade: booleans, NaN as null, untagged rows None, columns in the strategy's order
        String split = """
                {"columns":["date","open","high","low","close","volume","enter_long","enter_tag","hot"],
                 "index":[498,499],
                 "data":[[1714996800000,1.0,2.0,0.5,1.5,100.0,0,null,true],
                         [1714996860000,1.5,2.5,1.0,2.0,null,1,"rsi",false]]}
                """;

        Frame read = DataframeReader.read(envelope(split));

        assertThat(read.length()).isEqualTo(2);
        assertThat(read.volume()).containsExactly(100.0, Double.NaN);
        assertThat(read.col(Frame.ENTER_LONG)).containsExactly(0, 1);
        assertThat(read.strings(Frame.ENTER_TAG)).containsExactly("", "rsi");
        assertThat(read.col("hot")).containsExactly(1, 0);
    }

    @Test
    void aNeverAnalysedPairIsAnEmptyFrame() {
        Frame read = DataframeReader.read(envelope("{\"columns\":[],\"index\":[],\"data\":[]}"));

        assertThat(read.length()).isZero();
    }

    @Test
    void garbageNamesWhatIsWrong() {
        assertThatThrownBy(() -> DataframeReader.read(JSON.createObjectNode().put("columns", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a dataframe envelope");
        assertThatThrownBy(() -> DataframeReader.read(envelope("{not json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("df.__value__ is not JSON");
        assertThatThrownBy(() -> DataframeReader.read(envelope("{\"columns\":[\"open\"],\"data\":[[1]]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dataframe has no 'date' column");
        assertThatThrownBy(() -> DataframeReader.read(envelope("{\"columns\":[\"date\",\"open\"],\"data\":[[1]]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row 0 does not hold one value per column (2)");
        assertThatThrownBy(() -> DataframeReader.read(envelope(
                "{\"columns\":[\"date\",\"open\",\"high\",\"low\",\"volume\"],\"data\":[[1,1,1,1,1]]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dataframe has no numeric 'close' column");
        assertThatThrownBy(() -> DataframeReader.read(envelope("{\"columns\":[\"date\"],\"data\":[[\"2024-05-06\"]]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not epoch milliseconds");
        assertThatThrownBy(() -> DataframeReader.read(envelope("{\"columns\":[\"date\"],\"data\":[[2],[1]]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("dates are not ascending at row 1");
        assertThatThrownBy(() -> DataframeReader.read(envelope("{\"columns\":[\"date\",\"x\"],\"data\":[[1,[1]]]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("column 'x' row 0 holds [1], not a value");
    }
}
