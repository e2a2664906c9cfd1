package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A one-line answer from bot control ({@code /start}, {@code /stop}, {@code /stopbuy},
 * {@code /pause}, {@code /reload_config}) and from {@code ping}.
 *
 * @param status e.g. {@code "starting trader ..."}, {@code "already running"}, {@code "pong"}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusMsg(String status) {
}
