package dev.hertz.app;

import dev.hertz.core.logging.LoggingSetup;
import picocli.CommandLine;

/** Entry point of the fat jar: sets up logging, parses the command line, maps failures to exit codes. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LoggingSetup logging = LoggingSetup.install();
        int code = new Cli(logging, System.in, System.getenv()).execute(args);
        System.exit(code);
    }
}
