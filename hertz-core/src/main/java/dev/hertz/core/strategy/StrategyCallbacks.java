package dev.hertz.core.strategy;

import dev.hertz.core.persistence.Order;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The optional callbacks of a strategy, with freqtrade's meaning and defaults. {@link Strategy}
 * implements this interface; override only what your strategy needs.
 *
 * <p>How the bot calls them: the {@code trade} you get is the bot's trade, but changes you make
 * to it are not saved; an exception thrown by a callback is logged and the default value below
 * is used instead (or, where there is none, the pair is skipped for this round). All times are
 * UTC instants; ratios are plain fractions ({@code 0.01} = 1 %).
 */
public interface StrategyCallbacks {

    /**
     * Called once when the bot starts, after the strategy was loaded and before stored hyperopt
     * parameter values are applied. Put expensive set-up here rather than in the constructor.
     */
    default void botStart() {
    }

    /**
     * Called at the start of every bot iteration (live, dry-run) or once per candle (backtest),
     * before any pair is handled.
     */
    default void botLoopStart(Instant currentTime) {
    }

    /**
     * The stake for a new trade. The result is clamped to {@code [minStake, maxStake]} by the bot;
     * 0 means "no trade".
     *
     * @param minStake the exchange's minimum stake, {@code null} when the exchange names none
     * @param entryTag the entry signal's tag, {@code null} when it has none
     * @return the stake in stake currency; default {@code proposedStake}
     */
    default double customStakeAmount(String pair, Instant currentTime, double currentRate, double proposedStake,
                                     Double minStake, double maxStake, double leverage, String entryTag,
                                     SignalDirection side) {
        return proposedStake;
    }

    /**
     * The limit price of an entry order. Live trading keeps the result within
     * {@code custom_price_max_distance_ratio} of {@code proposedRate}.
     *
     * @param trade {@code null} for a new trade, the trade for an additional entry
     * @return the price; default {@code proposedRate}
     */
    default double customEntryPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                    String entryTag, SignalDirection side) {
        return proposedRate;
    }

    /**
     * The limit price of an exit order, clamped like {@link #customEntryPrice}.
     *
     * @return the price; default {@code proposedRate}
     */
    default double customExitPrice(String pair, Trade trade, Instant currentTime, double proposedRate,
                                   double currentProfit, String exitTag) {
        return proposedRate;
    }

    /**
     * Exit a trade for a reason of your own. Called only when {@code use_exit_signal} is on and no
     * plain exit signal fired. Unlike exit signals, a custom exit ignores {@code exit_profit_only}.
     *
     * @return {@code null} (or {@code ""}) to keep the trade; otherwise the exit reason, cut to
     *         255 characters (return {@code "custom_exit"} if you have nothing better to say)
     */
    default String customExit(String pair, Trade trade, Instant currentTime, double currentRate,
                              double currentProfit) {
        return null;
    }

    /**
     * A dynamic stoploss, used only when {@code use_custom_stoploss} is on. The result is a ratio
     * below the current rate (its sign is ignored: {@code -0.05} and {@code 0.05} both mean 5 %
     * below for a long); the stop only ever moves in the trade's favour. {@code NaN}, infinite or
     * 0 leaves the stop where it is.
     *
     * @return the stoploss ratio relative to {@code currentRate}; default {@link Strategy#stoploss()}
     */
    double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate, double currentProfit);

    /**
     * As {@link #customStoploss(String, Trade, Instant, double, double)}, for strategies that also
     * want a call right after each order fill ({@code afterFill = true}); after such a call the
     * stop may move in either direction. Override this variant (instead of the five-argument one)
     * to opt in, as a freqtrade strategy does by declaring the {@code after_fill} argument.
     */
    default double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate,
                                  double currentProfit, boolean afterFill) {
        return customStoploss(pair, trade, currentTime, currentRate, currentProfit);
    }

    /**
     * Last chance to refuse an initial entry order (not called for additional entries).
     *
     * @param orderType {@code limit} or {@code market}
     * @param amount    amount in base currency
     * @param timeInForce {@code GTC}, {@code FOK}, {@code IOC} or {@code PO}
     * @return {@code false} to cancel the entry; default {@code true}
     */
    default boolean confirmTradeEntry(String pair, String orderType, double amount, double rate, String timeInForce,
                                      Instant currentTime, String entryTag, SignalDirection side) {
        return true;
    }

    /**
     * Last chance to refuse an exit order (not called for liquidations and partial exits). If
     * refused, the bot tries the next exit reason that applies, if any.
     *
     * @param exitReason {@code roi}, {@code stop_loss}, {@code exit_signal}, {@code force_exit}, ... or a tag
     * @return {@code false} to keep the trade open; default {@code true}
     */
    default boolean confirmTradeExit(String pair, Trade trade, String orderType, double amount, double rate,
                                     String timeInForce, String exitReason, Instant currentTime) {
        return true;
    }

    /**
     * Whether to cancel an open entry order that the {@code unfilledtimeout} setting has not
     * cancelled yet.
     *
     * @return {@code true} to cancel; default {@code false}
     */
    default boolean checkEntryTimeout(String pair, Trade trade, Order order, Instant currentTime) {
        return false;
    }

    /**
     * Whether to cancel an open exit order that the {@code unfilledtimeout} setting has not
     * cancelled yet.
     *
     * @return {@code true} to cancel; default {@code false}
     */
    default boolean checkExitTimeout(String pair, Trade trade, Order order, Instant currentTime) {
        return false;
    }

    /**
     * Grow or shrink an open position (only with {@code position_adjustment_enable}, and only for
     * trades without open orders). Additional entries are limited by
     * {@code max_entry_position_adjustment}.
     *
     * @param minStake the exchange's minimum stake, {@code null} when the exchange names none
     * @return {@code null} for no change (the default), or the stake to add (positive) or take out (negative)
     */
    default PositionAdjustment adjustTradePosition(Trade trade, Instant currentTime, double currentRate,
                                                   double currentProfit, Double minStake, double maxStake,
                                                   double currentEntryRate, double currentExitRate,
                                                   double currentEntryProfit, double currentExitProfit) {
        return null;
    }

    /**
     * Re-price an open entry order when a new candle arrives.
     *
     * @return {@code currentOrderRate} to keep the order (the default), another price to replace
     *         it, or {@code null} to cancel it
     */
    default Double adjustEntryPrice(Trade trade, Order order, String pair, Instant currentTime, double proposedRate,
                                    double currentOrderRate, String entryTag, SignalDirection side) {
        return currentOrderRate;
    }

    /**
     * The leverage of a new margin or futures trade; the bot clamps it to {@code [1, maxLeverage]}.
     *
     * @return the leverage; default 1.0
     */
    default double leverage(String pair, Instant currentTime, double currentRate, double proposedLeverage,
                            double maxLeverage, String entryTag, SignalDirection side) {
        return 1.0;
    }

    /** Called after any order of a trade filled (entry, exit, stoploss). */
    default void orderFilled(String pair, Trade trade, Order order, Instant currentTime) {
    }

    /**
     * Extra pair/timeframe combinations whose candles the bot should keep up to date.
     *
     * @return default: none
     */
    default List<InformativePair> informativePairs() {
        return List.of();
    }

    /**
     * The plot definition ({@code main_plot}, {@code subplots}) that charts and FreqUI use, in
     * freqtrade's {@code plot_config} format.
     *
     * @return default: empty
     */
    default Map<String, Object> plotConfig() {
        return Map.of();
    }

    /**
     * Chart annotations for {@code pair} over the analysed candles from {@code startDate} to
     * {@code endDate} (freqtrade's {@code plot_annotations}): each a map with {@code type}
     * {@code area}, {@code line} or {@code point} and the fields FreqUI draws, e.g.
     * {@code Map.of("type", "area", "start", "2024-03-10T10:00:00Z", "end", "2024-03-10T11:00:00Z",
     * "y_start", 60000, "y_end", 61000, "color", "rgba(0, 255, 0, 0.2)", "label", "range")}.
     * Entries without a known {@code type} are dropped.
     *
     * @return default: none
     */
    default List<Map<String, Object>> plotAnnotations(String pair, Instant startDate, Instant endDate,
                                                      Frame dataframe) {
        return List.of();
    }

    /**
     * Protections of this strategy in freqtrade's format, e.g.
     * {@code Map.of("method", "CooldownPeriod", "stop_duration_candles", 2)}. Protections cannot be
     * set in the config file.
     *
     * @return default: none
     */
    default List<Map<String, Object>> protections() {
        return List.of();
    }

    /**
     * A version string shown in the heartbeat log line.
     *
     * @return default {@code null} (none)
     */
    default String version() {
        return null;
    }
}
