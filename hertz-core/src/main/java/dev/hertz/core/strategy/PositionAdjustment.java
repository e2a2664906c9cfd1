package dev.hertz.core.strategy;

import java.util.Optional;

/**
 * What {@link StrategyCallbacks#adjustTradePosition} asks for: a positive stake amount buys more
 * (DCA), a negative one sells that much stake worth of the position (partial exit).
 *
 * @param stakeAmount stake currency to add (&gt; 0) or to take out (&lt; 0)
 * @param tag         order tag; for a partial exit it becomes the exit reason
 */
public record PositionAdjustment(double stakeAmount, Optional<String> tag) {

    /** An adjustment without a tag. */
    public static PositionAdjustment of(double stakeAmount) {
        return new PositionAdjustment(stakeAmount, Optional.empty());
    }

    /** An adjustment with an order tag. */
    public static PositionAdjustment of(double stakeAmount, String tag) {
        return new PositionAdjustment(stakeAmount, Optional.ofNullable(tag));
    }
}
