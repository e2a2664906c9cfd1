package dev.hertz.core.protection;

import dev.hertz.core.persistence.Trade;
import java.time.Instant;
import java.util.Objects;

/**
 * The facts of a closed trade that protections judge.
 *
 * @param pair        the pair
 * @param isShort     a short position
 * @param closeDate   when it closed
 * @param closeProfit {@code close_profit} (a ratio), null if unknown
 * @param exitReason  {@code exit_reason}, e.g. {@code stop_loss}; may be null
 */
public record ClosedTrade(String pair, boolean isShort, Instant closeDate, Double closeProfit, String exitReason) {

    public ClosedTrade {
        Objects.requireNonNull(pair, "pair");
        Objects.requireNonNull(closeDate, "closeDate");
    }

    /** The closed trade's facts; {@code trade} must have a close date. */
    public static ClosedTrade of(Trade trade) {
        return new ClosedTrade(trade.pair(), trade.isShort(), trade.closeDate(), trade.closeProfit(), trade.exitReason());
    }

    /** {@code long} or {@code short}. */
    public String tradeDirection() {
        return isShort ? "short" : "long";
    }
}
