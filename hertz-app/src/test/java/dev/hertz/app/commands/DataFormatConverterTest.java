package dev.hertz.app.commands;

import dev.hertz.core.data.history.DataFormat;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class DataFormatConverterTest {
    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Option(names = "--format-from", converter = DataFormatConverter.class)
        DataFormat from;

        @Override
        public void run() {
        }
    }

    private static String usageError(String... args) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Probe()).setErr(new PrintWriter(err)).execute(args);
        assertThat(code).isEqualTo(2);
        return err.toString();
    }

    @Test
    void badValuesAreNamedWithTheOption() {
        assertThat(usageError("--format-from", "csv")).startsWith("Invalid value for option '--format-from': "
                + "Unknown data format \"csv\", expected one of [json, jsongz, feather]");
        assertThat(usageError("--format-from", "parquet")).startsWith("Invalid value for option '--format-from': "
                + "Data format \"parquet\" is not supported by Hertz; use one of [json, jsongz, feather]");
    }

    @Test
    void goodValuesConvert() {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs("--format-from", "jsongz");
        assertThat(probe.from).isEqualTo(DataFormat.JSONGZ);
    }
}
