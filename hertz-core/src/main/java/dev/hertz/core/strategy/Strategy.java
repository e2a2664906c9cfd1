package dev.hertz.core.strategy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.config.StakeAmount;
import dev.hertz.core.data.DataProvider;
import dev.hertz.core.exchange.StrategyError;
import dev.hertz.core.persistence.Trade;
import dev.hertz.core.strategy.ta.Ta;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The base class of every trading strategy: freqtrade's {@code IStrategy}.
 *
 * <p>Write a strategy by extending this class, setting its attributes in the constructor,
 * computing indicators in {@link #populateIndicators} and marking signals in
 * {@link #populateEntryTrend} and {@link #populateExitTrend}:
 *
 * <pre>{@code
 * public class MyStrategy extends Strategy {
 *     final IntParameter buyRsi = new IntParameter(10, 40, 30).space("buy");
 *
 *     public MyStrategy() {
 *         timeframe = "5m";
 *         minimalRoi = Map.of(0, 0.04, 30, 0.02, 60, 0.01);
 *         stoploss = -0.10;
 *     }
 *
 *     public Frame populateIndicators(Frame df, Metadata metadata) {
 *         return df.set("rsi", ta.rsi(df.close(), 14));
 *     }
 *
 *     public Frame populateEntryTrend(Frame df, Metadata metadata) {
 *         return df.signal(Frame.ENTER_LONG, crossedAbove(df.col("rsi"), buyRsi.value()), "rsi_cross");
 *     }
 *
 *     public Frame populateExitTrend(Frame df, Metadata metadata) {
 *         return df.signal(Frame.EXIT_LONG, crossedAbove(df.col("rsi"), 70));
 *     }
 * }
 * }</pre>
 *
 * <p><b>Attributes</b> are the protected fields below, named after freqtrade's
 * ({@code minimal_roi} is {@link #minimalRoi}). When the strategy is loaded, a value present in
 * the configuration replaces the strategy's; otherwise the strategy's value is copied into the
 * configuration; boxed fields left {@code null} take freqtrade's default. Read the final values
 * through the accessor methods ({@link #stoploss()}, {@link #timeframe()}, ...).
 *
 * <p><b>Construction</b> must be cheap and free of side effects: strategies are also instantiated
 * just to be listed. Do expensive set-up in {@link #botStart()}. A strategy needs a constructor
 * without arguments.
 *
 * <p>Callbacks ({@code customStoploss}, {@code confirmTradeEntry}, ...) are described in
 * {@link StrategyCallbacks}.
 */
public abstract class Strategy implements StrategyCallbacks {

    /** Version of this strategy interface; 3 is freqtrade's current one (long and short). */
    public static final int INTERFACE_VERSION = 3;

    /** freqtrade's default {@code order_types}. */
    static final Map<String, Object> DEFAULT_ORDER_TYPES = Map.of("entry", "limit", "exit", "limit",
            "stoploss", "limit", "stoploss_on_exchange", false, "stoploss_on_exchange_interval", 60);
    /** freqtrade's default {@code order_time_in_force}. */
    static final Map<String, Object> DEFAULT_TIME_IN_FORCE = Map.of("entry", "GTC", "exit", "GTC");

    /** TA-Lib indicators: {@code ta.rsi(df.close(), 14)} is freqtrade's {@code ta.RSI(dataframe)}. */
    protected final Ta ta = new Ta();

    /**
     * The running bot's data provider (freqtrade's {@code self.dp}), e.g.
     * {@code dp.sendMsg("RSI crossed 70 on " + metadata.pair())}; {@code null} where no bot runs the
     * strategy (listing it, showing its parameters). Set before {@link #botStart()}.
     */
    protected DataProvider dp;

    /** {@code minimal_roi}: minutes since entry → minimum profit ratio to exit. Empty = no ROI exit. */
    protected Map<Integer, Double> minimalRoi = Map.of();
    /** {@code stoploss}: a negative ratio, e.g. {@code -0.10}. Required unless the config sets it. */
    protected Double stoploss;
    /** {@code max_open_trades}; {@code null} = unlimited unless the config sets it. */
    protected Integer maxOpenTrades;
    /** {@code trailing_stop}: move the stop up as the price rises. */
    protected boolean trailingStop;
    /** {@code trailing_stop_positive}: trailing distance once in profit; {@code null} = trail at {@link #stoploss}. */
    protected Double trailingStopPositive;
    /** {@code trailing_stop_positive_offset}: profit from which {@link #trailingStopPositive} applies. */
    protected double trailingStopPositiveOffset;
    /** {@code trailing_only_offset_is_reached}: do not trail before the offset is reached. */
    protected boolean trailingOnlyOffsetIsReached;
    /** {@code use_custom_stoploss}: call {@link #customStoploss}. */
    protected boolean useCustomStoploss;
    /** {@code can_short}: the strategy may open short trades (margin/futures only). */
    protected boolean canShort;
    /** {@code timeframe}: the candle timeframe, e.g. {@code "5m"}. Required unless the config sets it. */
    protected String timeframe;
    /** {@code order_types}: needs {@code entry}, {@code exit}, {@code stoploss}, {@code stoploss_on_exchange}. */
    protected Map<String, Object> orderTypes = DEFAULT_ORDER_TYPES;
    /** {@code order_time_in_force}: needs {@code entry} and {@code exit}. */
    protected Map<String, Object> orderTimeInForce = DEFAULT_TIME_IN_FORCE;
    /** {@code process_only_new_candles}: analyse a pair only when a new candle arrived. */
    protected boolean processOnlyNewCandles = true;
    /** {@code use_exit_signal}; {@code null} = true. */
    protected Boolean useExitSignal;
    /** {@code exit_profit_only}: ignore exit signals while not in profit; {@code null} = false. */
    protected Boolean exitProfitOnly;
    /** {@code exit_profit_offset}: with {@link #exitProfitOnly}, the profit an exit signal needs; {@code null} = 0. */
    protected Double exitProfitOffset;
    /** {@code ignore_roi_if_entry_signal}: no ROI exit while the entry signal holds; {@code null} = false. */
    protected Boolean ignoreRoiIfEntrySignal;
    /** {@code position_adjustment_enable}: call {@link #adjustTradePosition}. */
    protected boolean positionAdjustmentEnable;
    /** {@code max_entry_position_adjustment}: additional entries per trade; -1 = unlimited. */
    protected int maxEntryPositionAdjustment = -1;
    /** {@code ignore_buying_expired_candle_after}: seconds after the signal candle closed when entries stop; 0 = off. */
    protected double ignoreBuyingExpiredCandleAfter;
    /** {@code disable_dataframe_checks}: report a changed frame as a warning instead of skipping the pair. */
    protected boolean disableDataframeChecks;
    /** {@code startup_candle_count}: candles the indicators need before signals are valid. */
    protected int startupCandleCount;
    /** {@code stake_currency}; normally taken from the config. */
    protected String stakeCurrency;
    /** {@code stake_amount}; normally taken from the config. */
    protected StakeAmount stakeAmount;
    /** {@code unfilledtimeout} in freqtrade's format; {@code null} = from the config. */
    protected Map<String, Object> unfilledTimeout;
    /** {@code buy_params}: stored values of buy-space parameters (the parameter file wins over these). */
    protected Map<String, Object> buyParams = Map.of();
    /** {@code sell_params}: stored values of sell-space parameters. */
    protected Map<String, Object> sellParams = Map.of();
    /** {@code protection_params}: stored values of protection-space parameters. */
    protected Map<String, Object> protectionParams = Map.of();

    private volatile MarketDirection marketDirection = MarketDirection.NONE;
    private HertzConfig config;
    private Path sourceFile;
    private Path parameterFile;
    private ObjectNode paramsFromFile = JsonNodeFactory.instance.objectNode();

    /** Adds indicator columns to the candles of one pair and returns the frame (normally {@code df} itself). */
    public abstract Frame populateIndicators(Frame df, Metadata metadata);

    /** Marks {@value Frame#ENTER_LONG} / {@value Frame#ENTER_SHORT} (and {@value Frame#ENTER_TAG}) and returns the frame. */
    public abstract Frame populateEntryTrend(Frame df, Metadata metadata);

    /** Marks {@value Frame#EXIT_LONG} / {@value Frame#EXIT_SHORT} (and {@value Frame#EXIT_TAG}) and returns the frame. */
    public abstract Frame populateExitTrend(Frame df, Metadata metadata);

    /** Returns {@link #stoploss()}: without an override, the stop stays at the configured ratio. */
    @Override
    public double customStoploss(String pair, Trade trade, Instant currentTime, double currentRate, double currentProfit) {
        return stoploss();
    }

    /**
     * Starts the strategy for a bot or backtest run: calls {@link #botStart()}, then gives the
     * hyperopt parameters their stored values (freqtrade's {@code ft_bot_start}).
     *
     * @throws StrategyError when {@code botStart} fails
     * @throws StrategyLoadException when a stored parameter value does not fit its parameter
     */
    public final void ftBotStart() {
        try {
            botStart();
        } catch (RuntimeException e) {
            throw new StrategyError("Strategy " + name() + " failed in botStart: " + e, e);
        }
        HyperParameters.load(this, paramsFromFile, searchedSpaces());
    }

    /**
     * Gives the hyperopt parameters their stored values without calling {@link #botStart()}
     * (freqtrade's {@code ft_load_hyper_params}): for tools that only look at a strategy, such as
     * the REST API showing its parameters or plot configuration. A strategy that trades is
     * started with {@link #ftBotStart()} instead.
     *
     * @throws StrategyLoadException when a stored parameter value does not fit its parameter
     */
    public final void ftLoadHyperParams() {
        HyperParameters.load(this, paramsFromFile, searchedSpaces());
    }

    /** Gives the strategy the bot's data provider, before {@link #ftBotStart()} (freqtrade's {@code strategy.dp = ...}). */
    public final void setDataProvider(DataProvider dataProvider) {
        this.dp = dataProvider;
    }

    /** The class name, which is the strategy's name. */
    public final String name() {
        return getClass().getSimpleName();
    }

    /** The configuration the strategy was loaded with (config and strategy values merged). */
    public final HertzConfig config() {
        if (config == null) {
            throw new IllegalStateException("Strategy " + name() + " has no configuration: load it with StrategyResolver");
        }
        return config;
    }

    /** Where the strategy was loaded from: its {@code .java} file or jar; empty for a built-in strategy. */
    public final Optional<Path> sourceFile() {
        return Optional.ofNullable(sourceFile);
    }

    /** Where hyperopt results for this strategy are stored and read: {@code <StrategyFile>.json}. */
    public final Optional<Path> parameterFile() {
        return Optional.ofNullable(parameterFile);
    }

    /** Whether {@link #customStoploss(String, Trade, Instant, double, double, boolean)} is overridden, so the bot also calls it after fills. */
    public final boolean customStoplossUsesAfterFill() {
        try {
            return getClass().getMethod("customStoploss", String.class, Trade.class, Instant.class, double.class,
                    double.class, boolean.class).getDeclaringClass() != StrategyCallbacks.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("customStoploss is declared by StrategyCallbacks", e);
        }
    }

    /** {@code minimal_roi}, ascending by minutes. */
    public final NavigableMap<Integer, Double> minimalRoi() {
        if (minimalRoi instanceof NavigableMap<Integer, Double> sorted) {
            return sorted;
        }
        return Collections.unmodifiableNavigableMap(minimalRoi == null ? new TreeMap<>() : new TreeMap<>(minimalRoi));
    }

    /** {@code stoploss}. */
    public final double stoploss() {
        if (stoploss == null) {
            throw new IllegalStateException("Strategy " + name() + " has no stoploss: set it in the strategy or the config");
        }
        return stoploss;
    }

    /** {@code max_open_trades}; -1 = unlimited. */
    public final int maxOpenTrades() {
        return maxOpenTrades == null || maxOpenTrades < 0 ? -1 : maxOpenTrades;
    }

    public final boolean trailingStop() {
        return trailingStop;
    }

    public final OptionalDouble trailingStopPositive() {
        return trailingStopPositive == null ? OptionalDouble.empty() : OptionalDouble.of(trailingStopPositive);
    }

    public final double trailingStopPositiveOffset() {
        return trailingStopPositiveOffset;
    }

    public final boolean trailingOnlyOffsetIsReached() {
        return trailingOnlyOffsetIsReached;
    }

    public final boolean useCustomStoploss() {
        return useCustomStoploss;
    }

    public final boolean canShort() {
        return canShort;
    }

    /** {@code timeframe}. */
    public final String timeframe() {
        if (timeframe == null) {
            throw new IllegalStateException("Strategy " + name() + " has no timeframe: set it in the strategy or the config");
        }
        return timeframe;
    }

    public final Map<String, Object> orderTypes() {
        return orderTypes;
    }

    public final Map<String, Object> orderTimeInForce() {
        return orderTimeInForce;
    }

    public final boolean processOnlyNewCandles() {
        return processOnlyNewCandles;
    }

    public final boolean useExitSignal() {
        return useExitSignal == null || useExitSignal;
    }

    public final boolean exitProfitOnly() {
        return exitProfitOnly != null && exitProfitOnly;
    }

    public final double exitProfitOffset() {
        return exitProfitOffset == null ? 0.0 : exitProfitOffset;
    }

    public final boolean ignoreRoiIfEntrySignal() {
        return ignoreRoiIfEntrySignal != null && ignoreRoiIfEntrySignal;
    }

    /** The market direction the user set with {@code /marketdir} ({@code none} until then). */
    public final MarketDirection marketDirection() {
        return marketDirection;
    }

    /** Sets the market direction (freqtrade's {@code _update_market_direction}); not persisted. */
    public final void setMarketDirection(MarketDirection direction) {
        this.marketDirection = java.util.Objects.requireNonNull(direction);
    }

    public final boolean positionAdjustmentEnable() {
        return positionAdjustmentEnable;
    }

    public final int maxEntryPositionAdjustment() {
        return maxEntryPositionAdjustment;
    }

    public final double ignoreBuyingExpiredCandleAfter() {
        return ignoreBuyingExpiredCandleAfter;
    }

    public final boolean disableDataframeChecks() {
        return disableDataframeChecks;
    }

    public final int startupCandleCount() {
        return startupCandleCount;
    }

    public final Optional<String> stakeCurrency() {
        return Optional.ofNullable(stakeCurrency);
    }

    public final Optional<StakeAmount> stakeAmount() {
        return Optional.ofNullable(stakeAmount);
    }

    public final Optional<Map<String, Object>> unfilledTimeout() {
        return Optional.ofNullable(unfilledTimeout);
    }

    /** Called by the resolver once config and strategy are merged and checked. */
    final void attach(HertzConfig config, Path sourceFile, Path parameterFile, ObjectNode paramsFromFile) {
        this.config = config;
        this.sourceFile = sourceFile;
        this.parameterFile = parameterFile;
        this.paramsFromFile = paramsFromFile.deepCopy();
    }

    Map<String, Object> storedParams(String space) {
        Map<String, Object> stored = switch (space) {
            case "buy" -> buyParams;
            case "sell" -> sellParams;
            default -> protectionParams;
        };
        return stored == null ? Map.of() : stored;
    }

    /** freqtrade's {@code HyperoptTools.has_space} for each space, in a hyperopt run only. */
    private Set<String> searchedSpaces() {
        Set<String> searched = new HashSet<>();
        if (config == null || !RunMode.HYPEROPT.value().equals(config.raw().path("runmode").asText())) {
            return searched;
        }
        Set<String> spaces = new HashSet<>();
        config.raw().path("spaces").forEach(s -> spaces.add(s.asText()));
        for (String space : HyperParameter.SPACES) {
            boolean inDefault = !space.equals("protection") && spaces.contains("default");
            if (spaces.contains(space) || spaces.contains("all") || inDefault) {
                searched.add(space);
            }
        }
        return searched;
    }

    @Override
    public String toString() {
        return name();
    }
}
