package dev.hertz.core.data.history;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A general feather table (date, float and integer columns) written and read back. */
class FeatherTableTest {
    @TempDir
    Path dir;

    @Test
    void writesAndReadsBackEveryColumn() throws IOException {
        Path file = dir.resolve("t.feather");
        long[] dates = {1_700_000_000_000L, 1_700_000_300_000L, 1_700_000_600_000L};
        FeatherTable.write(file, "date", dates, List.of(new FeatherTable.Doubles("mean", new double[] {1.5, Double.NaN, 3}),
                new FeatherTable.Longs("count", new long[] {2, 0, 7})));
        FeatherTable.Table table = FeatherTable.read(file);
        assertThat(table.dateColumn()).isEqualTo("date");
        assertThat(table.datesMillis()).containsExactly(dates);
        assertThat(((FeatherTable.Doubles) table.column("mean")).values()).containsExactly(1.5, Double.NaN, 3.0);
        assertThat(((FeatherTable.Longs) table.column("count")).values()).containsExactly(2, 0, 7);
        assertThat(table.column("other")).isNull();
    }

    @Test
    void refusesColumnsOfAnotherLengthAndUnreadableFiles() throws IOException {
        assertThatThrownBy(() -> FeatherTable.write(dir.resolve("x.feather"), "date", new long[] {1, 2},
                List.of(new FeatherTable.Longs("count", new long[] {1}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'count' has 1 values, the dates 2");
        Path junk = Files.writeString(dir.resolve("junk.feather"), "not arrow");
        assertThatThrownBy(() -> FeatherTable.read(junk)).isInstanceOf(IOException.class);
    }
}
