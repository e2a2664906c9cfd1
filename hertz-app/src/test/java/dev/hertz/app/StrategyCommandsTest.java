package dev.hertz.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code create-userdir} sample deployment, {@code new-strategy} and {@code list-strategies}. */
class StrategyCommandsTest {

    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return new CliRunner(dir).run(args);
    }

    @Test
    void createUserdirDeploysTheSampleAndKeepsAnEditedCopyUnlessReset() throws Exception {
        assertThat(run("create-userdir", "--userdir", "ud").exitCode()).isZero();
        Path sample = dir.resolve("ud/strategies/SampleStrategy.java");
        assertThat(Files.readString(sample)).contains("public class SampleStrategy extends Strategy");

        Files.writeString(sample, "// my edits");
        CliRunner.Result again = run("create-userdir", "--userdir", "ud");
        assertThat(again.exitCode()).isZero();
        assertThat(again.log()).contains("WARNING File `" + sample + "` exists already, not deploying sample file.");
        assertThat(Files.readString(sample)).isEqualTo("// my edits");

        CliRunner.Result reset = run("create-userdir", "--userdir", "ud", "--reset");
        assertThat(reset.exitCode()).isZero();
        assertThat(reset.log()).contains("WARNING File `" + sample + "` exists already, overwriting.");
        assertThat(Files.readString(sample)).contains("public class SampleStrategy extends Strategy");
    }

    @Test
    void newStrategyWritesACompilableFileAndRefusesToOverwriteIt() throws Exception {
        run("create-userdir", "--userdir", "ud");

        CliRunner.Result created = run("new-strategy", "--userdir", "ud", "-s", "MyStrat", "--template", "advanced");
        assertThat(created.exitCode()).isZero();
        Path file = dir.resolve("ud/strategies/MyStrat.java");
        assertThat(created.log()).contains("Writing strategy to `" + file + "`.");
        assertThat(Files.readString(file)).contains("public class MyStrat extends Strategy", "customStoploss(");

        CliRunner.Result again = run("new-strategy", "--userdir", "ud", "-s", "MyStrat");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.log()).contains("`" + file + "` already exists. Please choose another Strategy Name.");

        assertThat(run("new-strategy", "--userdir", "ud", "-s", "Lean", "--template", "MINIMAL").exitCode()).isZero();
        CliRunner.Result listed = run("list-strategies", "--userdir", "ud", "-1");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out().lines()).containsExactly("DemoStrategy", "Lean", "MyStrat", "SampleStrategy");
    }

    @Test
    void newStrategyNeedsAStrategyNameAndAValidOne() {
        run("create-userdir", "--userdir", "ud");

        CliRunner.Result missing = run("new-strategy", "--userdir", "ud");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.log()).contains("`new-strategy` requires --strategy to be set.");

        CliRunner.Result invalid = run("new-strategy", "--userdir", "ud", "-s", "my-strategy");
        assertThat(invalid.exitCode()).isEqualTo(2);
        assertThat(invalid.log()).contains("`my-strategy` is not a valid Java class name");
        assertThat(dir.resolve("ud/strategies/my-strategy.java")).doesNotExist();

        assertThat(run("new-strategy", "--userdir", "ud", "-s", "X", "--template", "huge").exitCode()).isEqualTo(2);
    }

    @Test
    void listStrategiesPrintsFreqtradesTable() throws Exception {
        run("create-userdir", "--userdir", "ud");
        Files.writeString(dir.resolve("ud/strategies/Broken.java"), "public class Broken extends Strategy {");

        CliRunner.Result r = run("list-strategies", "--userdir", "ud");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("""
                ┏━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━━━━━━┓
                ┃           Name ┃            Location ┃      Status ┃ Hyperoptable ┃ Buy-params ┃ Sell-params ┃
                ┡━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━╇━━━━━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━━━━━━┩
                │             -- │         Broken.java │ LOAD FAILED │           No │          0 │           0 │
                │   DemoStrategy │           <builtin> │          OK │          Yes │          1 │           1 │
                │ SampleStrategy │ SampleStrategy.java │          OK │          Yes │          2 │           2 │
                └────────────────┴─────────────────────┴─────────────┴──────────────┴────────────┴─────────────┘
                """);
        assertThat(r.log()).contains("Could not compile `").contains("Broken.java:1: error:");
    }

    @Test
    void listStrategiesSearchesTheStrategyPathAndSubFoldersOnRequest() throws Exception {
        run("create-userdir", "--userdir", "ud");
        run("new-strategy", "--userdir", "ud", "-s", "Copy");
        Path extra = Files.createDirectories(dir.resolve("extra/nested"));
        Files.copy(dir.resolve("ud/strategies/Copy.java"), extra.resolve("Copy.java"));

        CliRunner.Result flat = run("list-strategies", "--userdir", "ud", "--strategy-path", "extra");
        assertThat(flat.out()).doesNotContain("nested");

        CliRunner.Result deep = run("list-strategies", "--userdir", "ud", "--strategy-path", "extra",
                "--recursive-strategy-search");
        assertThat(deep.out()).contains("nested/Copy.java").contains("DUPLICATE NAME");
    }
}
