package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of freqtrade's {@code trades} table together with its orders: the engine's working object
 * for a position.
 *
 * <p>Why mutable: freqtrade's trade is updated in place by many small steps (fills, fee detection,
 * stop moves, min/max rate tracking) and then committed. Copying a 50-field record at each step
 * would cost allocations on the hot loop and invite lost updates between copies. The discipline that
 * keeps this safe: a trade is owned by one thread (the bot loop) while it mutates it; it reaches the
 * database only through {@link TradeRepository#save(Trade)}, which writes the trade and all its
 * orders atomically and assigns ids only once that transaction committed; other readers (API,
 * Telegram) load their own copies from the database.
 *
 * <p>Nullable columns are boxed. Columns that freqtrade's model treats as plain floats with a
 * default ({@code leverage} 1.0, {@code realized_profit}, {@code stop_loss}, {@code initial_stop_loss},
 * {@code max_rate} 0.0) are primitives; a NULL read from an old database becomes that default.
 * {@code enter_tag} and {@code exit_reason} are cut to their column length, as freqtrade does.
 */
public final class Trade {

    static final int TAG_MAX_LENGTH = 255;

    private Long id;
    private String exchange;
    private String pair;
    private String baseCurrency;
    private String stakeCurrency;
    private boolean isOpen = true;
    private double feeOpen;
    private Double feeOpenCost;
    private String feeOpenCurrency;
    private double feeClose;
    private Double feeCloseCost;
    private String feeCloseCurrency;
    private double openRate;
    private Double openRateRequested;
    private Double openTradeValue;
    private Double closeRate;
    private Double closeRateRequested;
    private double realizedProfit;
    private Double closeProfit;
    private Double closeProfitAbs;
    private double stakeAmount;
    private Double maxStakeAmount;
    private double amount;
    private Double amountRequested;
    private Instant openDate;
    private Instant closeDate;
    private double stopLoss;
    private Double stopLossPct;
    private double initialStopLoss;
    private Double initialStopLossPct;
    private boolean isStopLossTrailing;
    private double maxRate;
    private Double minRate;
    private String exitReason;
    private String exitOrderStatus;
    private String strategy;
    private String enterTag;
    private Integer timeframe;
    private TradingMode tradingMode;
    private Double amountPrecision;
    private Double pricePrecision;
    private Integer precisionMode;
    private Integer precisionModePrice;
    private Double contractSize;
    private double leverage = 1.0;
    private boolean isShort;
    private Double liquidationPrice;
    private double interestRate;
    private Double fundingFees;
    private Double fundingFeeRunning;
    private final List<Order> orders = new ArrayList<>();

    /** A new open trade with freqtrade's column defaults; set at least exchange, pair, rates and amounts. */
    public Trade() {
    }

    // ---- derived values (freqtrade's Trade properties) ----

    /** {@code sell} for shorts, else {@code buy}. */
    public String entrySide() { return isShort ? "sell" : "buy"; }

    /** {@code buy} for shorts, else {@code sell}. */
    public String exitSide() { return isShort ? "buy" : "sell"; }

    /** {@code short} or {@code long}. */
    public String tradeDirection() { return isShort ? "short" : "long"; }

    /** Orders still open on the exchange, stop orders excluded. */
    public List<Order> openOrders() {
        return orders.stream().filter(Trade::isOpenNonStop).toList();
    }

    /** True if a non-stop order is open (asked per trade and candle by the backtester: no stream). */
    public boolean hasOpenOrders() {
        for (Order o : orders) {
            if (isOpenNonStop(o)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpenNonStop(Order o) {
        return o.ftIsOpen() && !"stoploss".equals(o.ftOrderSide());
    }

    /** Exchange ids of the open non-stop orders. */
    public List<String> openOrderIds() { return openOrders().stream().map(Order::orderId).toList(); }

    /** Open stop orders. */
    public List<Order> openSlOrders() {
        return orders.stream().filter(o -> o.ftIsOpen() && "stoploss".equals(o.ftOrderSide())).toList();
    }

    /** True if a stop order is open. */
    public boolean hasOpenSlOrders() { return !openSlOrders().isEmpty(); }

    /** All stop orders. */
    public List<Order> slOrders() {
        return orders.stream().filter(o -> "stoploss".equals(o.ftOrderSide())).toList();
    }

    /** Closed orders with a fill, of the given {@code ft_order_side} (null = any side). */
    public List<Order> selectFilledOrders(String orderSide) {
        return orders.stream()
                .filter(o -> orderSide == null || orderSide.equals(o.ftOrderSide()))
                .filter(Order::isFilledAndClosed)
                .toList();
    }

    /** The latest order matching side and openness (nulls match anything); {@code onlyFilled} needs {@code isOpen == false}. */
    public Optional<Order> selectOrder(String orderSide, Boolean isOpen, boolean onlyFilled) {
        Order found = null;
        for (Order o : orders) {
            boolean matches = (orderSide == null || orderSide.equals(o.ftOrderSide()))
                    && (isOpen == null || o.ftIsOpen() == isOpen)
                    && !(Boolean.FALSE.equals(isOpen) && onlyFilled && !o.isFilledAndClosed());
            if (matches) {
                found = o;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The order with this exchange order id. */
    public Optional<Order> selectOrderByOrderId(String orderId) {
        return orders.stream().filter(o -> Objects.equals(o.orderId(), orderId)).findFirst();
    }

    /** Filled entry orders, cancelled-but-partially-filled ones included. */
    public int nrOfSuccessfulEntries() { return selectFilledOrders(entrySide()).size(); }

    /** Filled exit orders. */
    public int nrOfSuccessfulExits() { return selectFilledOrders(exitSide()).size(); }

    /** Latest fill date of any filled order, never before {@code open_date}. */
    public Instant dateLastFilled() {
        return selectFilledOrders(null).stream().map(Order::orderFilledDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).filter(d -> d.isAfter(openDate)).orElse(openDate);
    }

    /** First fill date of an entry order, if any. */
    public Optional<Instant> dateEntryFill() {
        return selectFilledOrders(entrySide()).stream().map(Order::orderFilledDate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
    }

    /** Latest order date of the open stop orders, if any. */
    public Optional<Instant> stoplossLastUpdate() {
        return openSlOrders().stream().map(Order::orderDate).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** {@code base_currency}, or the part of the pair before {@code /} for old trades. */
    public String safeBaseCurrency() {
        if (baseCurrency != null && !baseCurrency.isEmpty()) {
            return baseCurrency;
        }
        return pair == null ? "" : pair.split("/", -1)[0];
    }

    /** {@code stake_currency}, or the quote of the pair (settle suffix removed) for old trades. */
    public String safeQuoteCurrency() {
        if (stakeCurrency != null && !stakeCurrency.isEmpty()) {
            return stakeCurrency;
        }
        String[] parts = pair == null ? new String[0] : pair.split("/", -1);
        return parts.length < 2 ? "" : parts[1].split(":", -1)[0];
    }

    /** {@code close_rate or close_rate_requested or 0}. */
    public double safeCloseRate() {
        if (closeRate != null && closeRate != 0.0) {
            return closeRate;
        }
        return closeRateRequested != null ? closeRateRequested : 0.0;
    }

    /** The stop or, when nearer to the price, the liquidation price. */
    public double stoplossOrLiquidation() {
        if (liquidationPrice == null || liquidationPrice == 0.0) {
            return stopLoss;
        }
        return isShort ? Math.min(stopLoss, liquidationPrice) : Math.max(stopLoss, liquidationPrice);
    }

    /** A long trade without leverage. */
    public boolean hasNoLeverage() { return leverage == 1.0 && !isShort; }

    /** Amount borrowed for leverage: long in quote ({@code amount*open_rate*(lev-1)/lev}), short in base. */
    public double borrowed() {
        if (hasNoLeverage()) {
            return 0.0;
        }
        return isShort ? amount : (amount * openRate) * ((leverage - 1) / leverage);
    }

    // ---- money maths (freqtrade's exact formulas, see TradeMath) ----

    /** Open value incl. entry fee for the given amount and price. */
    public double calcOpenTradeValue(double amount, double openRate) { return TradeMath.openTradeValue(this, amount, openRate); }

    /** Stores {@code open_trade_value} from the current amount and open rate; call after either changes. */
    public void recalcOpenTradeValue() { this.openTradeValue = calcOpenTradeValue(amount, openRate); }

    /** Close value incl. exit fee, interest (margin) or funding fees (futures); {@code amount} null or 0 = trade amount. */
    public double calcCloseTradeValue(double rate, Double amount, Instant now) { return TradeMath.closeTradeValue(this, rate, amount, now); }

    /** Profit of closing the whole position at {@code rate}. */
    public ProfitStruct calculateProfit(double rate, Instant now) { return TradeMath.profit(this, rate, null, null, now); }

    /** Profit of closing {@code amount} at {@code rate} against {@code openRate} (both non-null to override). */
    public ProfitStruct calculateProfit(double rate, Double amount, Double openRate, Instant now) {
        return TradeMath.profit(this, rate, amount, openRate, now);
    }

    /** Profit ratio of closing the whole position at {@code rate} (8 decimals). */
    public double calcProfitRatio(double rate, Instant now) { return TradeMath.profit(this, rate, null, null, now).profitRatio(); }

    // ---- columns ----

    public List<Order> orders() { return orders; }
    public Long id() { return id; }
    public void setId(Long id) { this.id = id; }
    public String exchange() { return exchange; }
    public void setExchange(String exchange) { this.exchange = exchange; }
    public String pair() { return pair; }
    public void setPair(String pair) { this.pair = pair; }
    public String baseCurrency() { return baseCurrency; }
    public void setBaseCurrency(String baseCurrency) { this.baseCurrency = baseCurrency; }
    public String stakeCurrency() { return stakeCurrency; }
    public void setStakeCurrency(String stakeCurrency) { this.stakeCurrency = stakeCurrency; }
    public boolean isOpen() { return isOpen; }
    public void setOpen(boolean isOpen) { this.isOpen = isOpen; }
    public double feeOpen() { return feeOpen; }
    public void setFeeOpen(double feeOpen) { this.feeOpen = feeOpen; }
    public Double feeOpenCost() { return feeOpenCost; }
    public void setFeeOpenCost(Double feeOpenCost) { this.feeOpenCost = feeOpenCost; }
    public String feeOpenCurrency() { return feeOpenCurrency; }
    public void setFeeOpenCurrency(String feeOpenCurrency) { this.feeOpenCurrency = feeOpenCurrency; }
    public double feeClose() { return feeClose; }
    public void setFeeClose(double feeClose) { this.feeClose = feeClose; }
    public Double feeCloseCost() { return feeCloseCost; }
    public void setFeeCloseCost(Double feeCloseCost) { this.feeCloseCost = feeCloseCost; }
    public String feeCloseCurrency() { return feeCloseCurrency; }
    public void setFeeCloseCurrency(String feeCloseCurrency) { this.feeCloseCurrency = feeCloseCurrency; }
    public double openRate() { return openRate; }
    public void setOpenRate(double openRate) { this.openRate = openRate; }
    public Double openRateRequested() { return openRateRequested; }
    public void setOpenRateRequested(Double openRateRequested) { this.openRateRequested = openRateRequested; }
    public Double openTradeValue() { return openTradeValue; }
    public void setOpenTradeValue(Double openTradeValue) { this.openTradeValue = openTradeValue; }
    public Double closeRate() { return closeRate; }
    public void setCloseRate(Double closeRate) { this.closeRate = closeRate; }
    public Double closeRateRequested() { return closeRateRequested; }
    public void setCloseRateRequested(Double closeRateRequested) { this.closeRateRequested = closeRateRequested; }
    public double realizedProfit() { return realizedProfit; }
    public void setRealizedProfit(double realizedProfit) { this.realizedProfit = realizedProfit; }
    public Double closeProfit() { return closeProfit; }
    public void setCloseProfit(Double closeProfit) { this.closeProfit = closeProfit; }
    public Double closeProfitAbs() { return closeProfitAbs; }
    public void setCloseProfitAbs(Double closeProfitAbs) { this.closeProfitAbs = closeProfitAbs; }
    public double stakeAmount() { return stakeAmount; }
    public void setStakeAmount(double stakeAmount) { this.stakeAmount = stakeAmount; }
    public Double maxStakeAmount() { return maxStakeAmount; }
    public void setMaxStakeAmount(Double maxStakeAmount) { this.maxStakeAmount = maxStakeAmount; }
    public double amount() { return amount; }
    public void setAmount(double amount) { this.amount = amount; }
    public Double amountRequested() { return amountRequested; }
    public void setAmountRequested(Double amountRequested) { this.amountRequested = amountRequested; }
    public Instant openDate() { return openDate; }
    public void setOpenDate(Instant openDate) { this.openDate = openDate; }
    public Instant closeDate() { return closeDate; }
    public void setCloseDate(Instant closeDate) { this.closeDate = closeDate; }
    public double stopLoss() { return stopLoss; }
    public void setStopLoss(double stopLoss) { this.stopLoss = stopLoss; }
    public Double stopLossPct() { return stopLossPct; }
    public void setStopLossPct(Double stopLossPct) { this.stopLossPct = stopLossPct; }
    public double initialStopLoss() { return initialStopLoss; }
    public void setInitialStopLoss(double initialStopLoss) { this.initialStopLoss = initialStopLoss; }
    public Double initialStopLossPct() { return initialStopLossPct; }
    public void setInitialStopLossPct(Double initialStopLossPct) { this.initialStopLossPct = initialStopLossPct; }
    public boolean isStopLossTrailing() { return isStopLossTrailing; }
    public void setStopLossTrailing(boolean isStopLossTrailing) { this.isStopLossTrailing = isStopLossTrailing; }
    public double maxRate() { return maxRate; }
    public void setMaxRate(double maxRate) { this.maxRate = maxRate; }
    public Double minRate() { return minRate; }
    public void setMinRate(Double minRate) { this.minRate = minRate; }
    public String exitReason() { return exitReason; }
    public void setExitReason(String exitReason) { this.exitReason = truncate(exitReason); }
    public String exitOrderStatus() { return exitOrderStatus; }
    public void setExitOrderStatus(String exitOrderStatus) { this.exitOrderStatus = exitOrderStatus; }
    public String strategy() { return strategy; }
    public void setStrategy(String strategy) { this.strategy = strategy; }
    public String enterTag() { return enterTag; }
    public void setEnterTag(String enterTag) { this.enterTag = truncate(enterTag); }
    public Integer timeframe() { return timeframe; }
    public void setTimeframe(Integer timeframe) { this.timeframe = timeframe; }
    public TradingMode tradingMode() { return tradingMode; }
    public void setTradingMode(TradingMode tradingMode) { this.tradingMode = tradingMode; }
    public Double amountPrecision() { return amountPrecision; }
    public void setAmountPrecision(Double amountPrecision) { this.amountPrecision = amountPrecision; }
    public Double pricePrecision() { return pricePrecision; }
    public void setPricePrecision(Double pricePrecision) { this.pricePrecision = pricePrecision; }
    public Integer precisionMode() { return precisionMode; }
    public void setPrecisionMode(Integer precisionMode) { this.precisionMode = precisionMode; }
    public Integer precisionModePrice() { return precisionModePrice; }
    public void setPrecisionModePrice(Integer precisionModePrice) { this.precisionModePrice = precisionModePrice; }
    public Double contractSize() { return contractSize; }
    public void setContractSize(Double contractSize) { this.contractSize = contractSize; }
    public double leverage() { return leverage; }
    public void setLeverage(double leverage) { this.leverage = leverage; }
    public boolean isShort() { return isShort; }
    public void setShort(boolean isShort) { this.isShort = isShort; }
    public Double liquidationPrice() { return liquidationPrice; }
    public void setLiquidationPrice(Double liquidationPrice) { this.liquidationPrice = liquidationPrice; }
    public double interestRate() { return interestRate; }
    public void setInterestRate(double interestRate) { this.interestRate = interestRate; }
    public Double fundingFees() { return fundingFees; }
    public void setFundingFees(Double fundingFees) { this.fundingFees = fundingFees; }
    public Double fundingFeeRunning() { return fundingFeeRunning; }
    public void setFundingFeeRunning(Double fundingFeeRunning) { this.fundingFeeRunning = fundingFeeRunning; }

    private static String truncate(String value) {
        return value != null && value.length() > TAG_MAX_LENGTH ? value.substring(0, TAG_MAX_LENGTH) : value;
    }

    @Override
    public String toString() {
        return "Trade(id=" + id + ", pair=" + pair + ", amount=" + amount + ", open_rate=" + openRate
                + ", open_since=" + openDate + ", is_open=" + isOpen + ", is_short=" + isShort + ")";
    }
}
