package dev.hertz.api.auth;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void blocksAnAddressAfterFiveFailuresUntilTheFirstLeavesTheWindow() {
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1");
            now = now.plusSeconds(5);
        }
        assertThat(throttle.retryAfter("10.0.0.1")).isEmpty();
        throttle.failed("10.0.0.1");
        assertThat(throttle.retryAfter("10.0.0.1")).contains(Duration.ofSeconds(40));
        assertThat(throttle.retryAfter("10.0.0.2")).isEmpty();
        now = now.plusSeconds(40);
        assertThat(throttle.retryAfter("10.0.0.1")).isEmpty();
    }

    @Test
    void successClearsTheRecord() {
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < 4; i++) {
            throttle.failed("a");
        }
        throttle.succeeded("a");
        throttle.failed("a");
        assertThat(throttle.retryAfter("a")).isEmpty();
    }
}
