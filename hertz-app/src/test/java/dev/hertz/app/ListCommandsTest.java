package dev.hertz.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ListCommandsTest {
    @TempDir
    Path dir;

    @Test
    void listExchangesShowsTheSimulatedExchange() {
        CliRunner.Result table = new CliRunner(dir).run("list-exchanges");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).startsWith("Exchanges available for Hertz (1 exchanges):").contains("sim (Supported)");
        assertThat(new CliRunner(dir).run("list-exchanges", "-1").out().strip()).isEqualTo("sim");
    }

    @Test
    void listTimeframesFromFlagOrConfig() throws Exception {
        CliRunner.Result flag = new CliRunner(dir).run("list-timeframes", "--exchange", "sim", "-1");
        assertThat(flag.exitCode()).isZero();
        assertThat(flag.out().lines()).startsWith("1m", "3m", "5m").contains("1h", "1d");

        Files.createDirectories(dir.resolve("user_data"));
        Files.writeString(dir.resolve("config.json"), "{\"exchange\": {\"name\": \"sim\"}, \"stake_currency\": \"USDT\"}");
        CliRunner.Result config = new CliRunner(dir).run("list-timeframes");
        assertThat(config.exitCode()).isZero();
        assertThat(config.out()).startsWith("Timeframes available for the exchange `sim`: 1m, 3m, 5m");
    }

    @Test
    void unknownExchangeNamesTheAvailableOnes() {
        CliRunner.Result r = new CliRunner(dir).run("list-timeframes", "--exchange", "binance");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.log()).contains("Exchange \"binance\" is not available in Hertz. Available exchanges: sim");
    }
}
