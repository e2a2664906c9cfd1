package dev.hertz.app;

import dev.hertz.core.logging.LoggingSetup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command tree in-process with captured stdout, a given stdin, env and working directory. */
final class CliRunner {
    record Result(int exitCode, String out, String log) {
    }

    private final Path cwd;
    private Map<String, String> env = Map.of();

    CliRunner(Path cwd) {
        this.cwd = cwd;
    }

    CliRunner env(Map<String, String> env) {
        this.env = env;
        return this;
    }

    Result runWithInput(String stdin, String... args) {
        LoggingSetup logging = LoggingSetup.install();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AppContext ctx = new AppContext(logging, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), env, cwd);
        int code = new Cli(ctx).execute(args);
        StringBuilder log = new StringBuilder();
        logging.ring().last(0).forEach(r -> log.append(r.level()).append(' ').append(r.message()).append('\n'));
        return new Result(code, out.toString(StandardCharsets.UTF_8), log.toString());
    }

    Result run(String... args) {
        return runWithInput("", args);
    }
}
