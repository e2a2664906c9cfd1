package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * {@code /historic_balance}: the bot's wallet value over time, as a table. The columns include
 * {@code __date_ts} (epoch ms) and {@code total_quote} (the wallet in the stake currency).
 *
 * @param data           rows aligned with {@code columns}; the first is the starting value
 * @param captureStartTs epoch ms from which rows were recorded rather than reconstructed; null when all were
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record WalletHistory(List<String> columns, int length, List<List<Object>> data, Long captureStartTs) {
}
