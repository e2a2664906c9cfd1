package dev.hertz.core.logging;

import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoggingSetupTest {
    private final Logger log = LoggerFactory.getLogger("dev.hertz.test");

    @AfterEach
    void reset() {
        LogMasker.clear();
        LoggingSetup.install();
    }

    @Test
    void ringKeepsNewestHalfWhenFull() {
        LoggingSetup setup = LoggingSetup.install();
        for (int i = 0; i < LogRing.CAPACITY + 10; i++) {
            log.info("line {}", i);
        }
        List<LogRecord> all = setup.ring().last(0);
        // at 1000 records the oldest 500 were dropped, then 10 more arrived
        assertThat(all).hasSize(LogRing.CAPACITY / 2 + 10);
        assertThat(all.get(all.size() - 1).message()).isEqualTo("line 1009");
        assertThat(all.get(0).message()).isEqualTo("line 500");
        assertThat(setup.ring().last(3)).extracting(LogRecord::message)
                .containsExactly("line 1007", "line 1008", "line 1009");
    }

    @Test
    void ringUsesPythonLevelNamesAndLocalTime() {
        LoggingSetup setup = LoggingSetup.install();
        log.warn("careful");
        LogRecord record = setup.ring().last(1).get(0);
        assertThat(record.level()).isEqualTo("WARNING");
        assertThat(record.logger()).isEqualTo("dev.hertz.test");
        assertThat(record.localTime()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(record.epochMillis()).isGreaterThan(1.6e12);
    }

    @Test
    void secretsAndUrlPasswordsNeverReachTheLog() {
        LoggingSetup setup = LoggingSetup.install();
        LogMasker.register("my-exchange-secret");
        log.info("Using DB: postgresql://bot:hunter22@db.local:5432/trades with key my-exchange-secret");
        assertThat(setup.ring().last(1).get(0).message())
                .isEqualTo("Using DB: postgresql://bot:*****@db.local:5432/trades with key *****");
    }

    @Test
    void logfileWritesFreqtradeFormatAndIsNotDuplicatedOnReapply(@TempDir Path dir) throws Exception {
        LoggingSetup setup = LoggingSetup.install();
        Path file = dir.resolve("logs/hertz.log");
        setup.apply(0, file.toString());
        setup.apply(0, file.toString());
        LogMasker.register("topsecret-token");
        log.info("hello topsecret-token");
        log.debug("hidden at verbosity 0");
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT").detachAndStopAllAppenders();
        List<String> lines = Files.readAllLines(file);
        List<String> hello = lines.stream().filter(l -> l.contains("hello")).toList();
        assertThat(hello).hasSize(1);
        assertThat(hello.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} - dev\\.hertz\\.test - INFO - hello \\*\\*\\*\\*\\*");
        assertThat(lines).noneMatch(l -> l.contains("hidden"));
        assertThat(lines).anyMatch(l -> l.endsWith("Verbosity set to 0"));
    }

    @Test
    void verbosityOneEnablesDebug(@TempDir Path dir) throws Exception {
        LoggingSetup setup = LoggingSetup.install();
        Path file = dir.resolve("v.log");
        setup.apply(1, file.toString());
        log.debug("now visible");
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger("ROOT").detachAndStopAllAppenders();
        assertThat(Files.readString(file)).contains(" - DEBUG - now visible");
    }

    @Test
    void logfileThatIsADirectoryIsRefused(@TempDir Path dir) {
        LoggingSetup setup = LoggingSetup.install();
        assertThatThrownBy(() -> setup.apply(0, dir.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void syslogOverUdpSendsPriorityAndNoTimestamp() throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(10_000);
            LoggingSetup setup = LoggingSetup.install();
            setup.apply(0, "syslog:127.0.0.1:" + server.getLocalPort());
            log.warn("disk almost full");
            String received = "";
            while (!received.contains("disk almost full")) {
                DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
                server.receive(packet);
                received = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            }
            // <12> = facility user (1) * 8 + warning (4)
            assertThat(received).startsWith("<12>").endsWith("dev.hertz.test - WARNING - disk almost full");
        }
    }

    @Test
    void syslogWithMissingSocketOrBadPortIsAClearError() {
        LoggingSetup setup = LoggingSetup.install();
        assertThatThrownBy(() -> setup.apply(0, "syslog:/nonexistent/socket"))
                .hasMessageContaining("/nonexistent/socket does not exist");
        assertThatThrownBy(() -> setup.apply(0, "syslog:localhost:abc"))
                .hasMessageContaining("\"abc\" is not a number");
    }

    @Test
    void lineProcessAppenderPrefixesEveryLineWithItsPriority(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("forwarded.txt");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LineProcessAppender appender = new LineProcessAppender(context,
                List.of("sh", "-c", "cat > '" + out + "'"), LineProcessAppender.Prefix.JOURNALD,
                LoggingSetup.SYSLOG_PATTERN);
        appender.start();
        ch.qos.logback.classic.Logger logger = context.getLogger("dev.hertz.forward");
        logger.addAppender(appender);
        logger.error("first\nsecond");
        logger.detachAppender(appender);
        appender.stop(); // waits for `cat` to exit after its stdin closes
        assertThat(Files.readAllLines(out)).containsExactly(
                "<3>dev.hertz.forward - ERROR - first", "<3>second");
    }
}
