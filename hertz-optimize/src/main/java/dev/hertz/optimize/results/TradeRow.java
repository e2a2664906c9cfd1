package dev.hertz.optimize.results;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The columns of one closed backtest trade that the statistics read, taken from a {@link Trade}
 * of a fresh run or from a {@code trades} entry of a stored result file, so both compute alike.
 *
 * @param tradeDuration whole minutes from open to close (floored, as freqtrade's {@code to_json})
 * @param profitRatio   {@code close_profit}
 * @param profitAbs     {@code close_profit_abs}
 * @param enterTag      null when the strategy set none
 */
record TradeRow(String pair, Instant openDate, Instant closeDate, long tradeDuration, double profitRatio,
                double profitAbs, double stakeAmount, String exitReason, String enterTag, boolean isShort) {
    private static final DateTimeFormatter PANDAS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]xxx");

    static TradeRow of(Trade t) {
        if (t.closeDate() == null) {
            throw new IllegalArgumentException("trade " + t.id() + " (" + t.pair() + ") has no close date");
        }
        return new TradeRow(t.pair(), t.openDate(), t.closeDate(), durationMinutes(t.openDate(), t.closeDate()),
                t.closeProfit() == null ? 0 : t.closeProfit(), t.closeProfitAbs() == null ? 0 : t.closeProfitAbs(),
                t.stakeAmount(), t.exitReason(), t.enterTag(), t.isShort());
    }

    /** A {@code trades} entry of a result file; dates as text ({@code +00:00} or ISO {@code Z}) or timestamps. */
    static TradeRow of(JsonNode t) {
        Instant open = date(t, "open_date", "open_timestamp");
        Instant close = date(t, "close_date", "close_timestamp");
        return new TradeRow(t.path("pair").asText(), open, close,
                t.hasNonNull("trade_duration") ? t.get("trade_duration").asLong() : durationMinutes(open, close),
                t.path("profit_ratio").asDouble(), t.path("profit_abs").asDouble(), t.path("stake_amount").asDouble(),
                t.hasNonNull("exit_reason") ? t.get("exit_reason").asText() : null,
                t.hasNonNull("enter_tag") ? t.get("enter_tag").asText() : null, t.path("is_short").asBoolean());
    }

    static long durationMinutes(Instant open, Instant close) {
        return Math.floorDiv(close.getEpochSecond() - open.getEpochSecond(), 60L);
    }

    private static Instant date(JsonNode t, String text, String timestamp) {
        if (t.hasNonNull(timestamp)) {
            return Instant.ofEpochMilli(t.get(timestamp).asLong());
        }
        String value = t.path(text).asText("");
        try {
            if (value.endsWith("Z")) {
                return Instant.parse(value);
            }
            if (value.length() > 10 && value.charAt(10) == 'T') {
                return LocalDateTime.parse(value.substring(0, 19)).toInstant(ZoneOffset.UTC);
            }
            return PANDAS.parse(value, Instant::from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("trade of " + t.path("pair").asText("?") + ": '" + text
                    + "' is not a date: \"" + value + "\"", e);
        }
    }
}
