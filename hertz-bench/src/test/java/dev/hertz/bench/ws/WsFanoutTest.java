package dev.hertz.bench.ws;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The fan-out benchmark against Hertz's real API server, small: every message reaches the client, in order. */
class WsFanoutTest {

    @Test
    void oneClientGetsEveryBroadcastMessageInOrder() throws InterruptedException {
        FanoutSettings settings = new FanoutSettings(100, 30, 100, Duration.ofMinutes(1), Duration.ZERO, 1000,
                Duration.ofMillis(20), Duration.ofSeconds(60));
        FanoutRun.Result result;
        try (HertzTarget hertz = HertzTarget.start()) {
            result = FanoutRun.run(hertz, 1, settings);
        }
        PhaseResult throughput = result.throughput();
        assertThat(throughput.failure()).isNull();
        assertThat(throughput.messages()).isEqualTo(100);
        assertThat(throughput.delivered()).isEqualTo(100);
        assertThat(throughput.lost()).isZero();
        assertThat(throughput.outOfOrder()).isZero();
        assertThat(throughput.delays().count()).isEqualTo(100);
        assertThat(throughput.delays().p50Nanos()).isPositive().isLessThanOrEqualTo(throughput.delays().maxNanos());

        PhaseResult paced = result.paced();
        assertThat(paced.messages()).isEqualTo(20);
        assertThat(paced.delivered()).isEqualTo(20);
        assertThat(paced.lost()).isZero();
    }

    @Test
    void aMessageCarriesItsNumberAndSendTimeAtTheRequestedSize() {
        String text = FanoutMessage.text(42, 1_795_443_663_530_913_552L, 100);
        assertThat(text).hasSize(100).startsWith("#42 1795443663530913552 x");
        assertThat(FanoutMessage.parse("{\"type\":\"status\",\"status\":\"" + text + "\"}"))
                .isEqualTo(new FanoutMessage(42, 1_795_443_663_530_913_552L));
        assertThat(FanoutMessage.parse("{\"type\": \"status\", \"status\": \"#-1 7 xx\"}").seq())
                .isEqualTo(FanoutMessage.PROBE);
    }
}
