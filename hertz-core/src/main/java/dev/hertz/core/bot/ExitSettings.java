package dev.hertz.core.bot;

/**
 * The strategy's exit settings after the config ↔ strategy merge, as plain values the exit rules read.
 *
 * @param minimalRoi                    {@code minimal_roi}
 * @param stoploss                      {@code stoploss} (negative ratio)
 * @param trailingStop                  {@code trailing_stop}
 * @param trailingStopPositive          {@code trailing_stop_positive}; {@code NaN} when unset
 * @param trailingStopPositiveOffset    {@code trailing_stop_positive_offset}
 * @param trailingOnlyOffsetIsReached   {@code trailing_only_offset_is_reached}
 * @param useCustomStoploss             {@code use_custom_stoploss}
 * @param useExitSignal                 {@code use_exit_signal}
 * @param exitProfitOnly                {@code exit_profit_only}
 * @param exitProfitOffset              {@code exit_profit_offset}
 * @param ignoreRoiIfEntrySignal        {@code ignore_roi_if_entry_signal}
 * @param botChecksStoploss             whether the bot itself exits on a hit stop: true unless a
 *                                      live bot keeps its stop on the exchange
 *                                      ({@code order_types.stoploss_on_exchange} and not dry-run)
 */
public record ExitSettings(RoiTable minimalRoi, double stoploss, boolean trailingStop, double trailingStopPositive,
                           double trailingStopPositiveOffset, boolean trailingOnlyOffsetIsReached,
                           boolean useCustomStoploss, boolean useExitSignal, boolean exitProfitOnly,
                           double exitProfitOffset, boolean ignoreRoiIfEntrySignal,
                           boolean botChecksStoploss) {
}
