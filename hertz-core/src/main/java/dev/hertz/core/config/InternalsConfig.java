package dev.hertz.core.config;

/**
 * {@code internals}.
 *
 * @param processThrottleSecs {@code process_throttle_secs} (default 5): minimum duration of one loop iteration
 * @param heartbeatInterval {@code heartbeat_interval} seconds (default 60; 0 disables the heartbeat log line)
 * @param sdNotify {@code sd_notify} (default false): notify systemd
 */
public record InternalsConfig(int processThrottleSecs, int heartbeatInterval, boolean sdNotify) {

    static InternalsConfig from(NodeReader section) {
        return new InternalsConfig(
                section.integer("process_throttle_secs", 5),
                section.integer("heartbeat_interval", 60),
                section.bool("sd_notify", false));
    }
}
