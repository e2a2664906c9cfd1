package dev.hertz.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void versionPrintsNameAndVersion() {
        CliRunner.Result r = new CliRunner(dir).run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).matches("hertz \\S+");
    }

    @Test
    void helpListsTheSubcommands() {
        CliRunner.Result r = new CliRunner(dir).run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("new-config");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(new CliRunner(dir).run().exitCode()).isEqualTo(2);
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        assertThat(new CliRunner(dir).run("frobnicate").exitCode()).isEqualTo(2);
        assertThat(new CliRunner(dir).run("new-config", "--frobnicate").exitCode()).isEqualTo(2);
    }
}
