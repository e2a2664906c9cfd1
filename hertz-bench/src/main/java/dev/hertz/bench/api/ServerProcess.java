package dev.hertz.bench.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own process, so the load generator's JVM never shares a heap, JIT or
 * GC with it, and Hertz and the peer are measured the same way. The server prints
 * {@code LISTENING <port>} on standard output once its socket is bound; everything it prints goes
 * to a log file.
 */
final class ServerProcess implements AutoCloseable {
    static final String READY_PREFIX = "LISTENING ";

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code command} and waits up to {@code timeout} for its ready line. */
    static ServerProcess start(List<String> command, Path log, Duration timeout) throws InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : lines(log)) {
                if (line.startsWith(READY_PREFIX)) {
                    return new ServerProcess(p, Integer.parseInt(line.substring(READY_PREFIX.length()).trim()), log);
                }
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("Server exited with code " + p.exitValue() + " before it was ready: "
                        + command + "\n" + String.join("\n", lines(log)));
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("Server not ready after " + timeout + ": " + command + " (log " + log + ")");
    }

    private static List<String> lines(Path log) {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read server log " + log, e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    /** Total CPU time the process has used so far, or -1 if the OS does not tell. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    Path log() {
        return log;
    }

    /** Asks the server to stop (SIGTERM), then kills it if it has not stopped within 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
