package dev.hertz.core.persistence;

import dev.hertz.core.config.TradingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Column lists, parameter binding and row mapping for {@code trades} and {@code orders}; the one
 * place that knows how each field travels to and from its column.
 */
final class TradeRows {

    static final List<String> TRADE_COLUMNS = List.of(
            "exchange", "pair", "base_currency", "stake_currency", "is_open", "fee_open", "fee_open_cost",
            "fee_open_currency", "fee_close", "fee_close_cost", "fee_close_currency", "open_rate",
            "open_rate_requested", "open_trade_value", "close_rate", "close_rate_requested", "realized_profit",
            "close_profit", "close_profit_abs", "stake_amount", "max_stake_amount", "amount", "amount_requested",
            "open_date", "close_date", "stop_loss", "stop_loss_pct", "initial_stop_loss", "initial_stop_loss_pct",
            "is_stop_loss_trailing", "max_rate", "min_rate", "exit_reason", "exit_order_status", "strategy",
            "enter_tag", "timeframe", "trading_mode", "amount_precision", "price_precision", "precision_mode",
            "precision_mode_price", "contract_size", "leverage", "is_short", "liquidation_price", "interest_rate",
            "funding_fees", "funding_fee_running");

    static final List<String> ORDER_COLUMNS = List.of(
            "ft_trade_id", "ft_order_side", "ft_pair", "ft_is_open", "ft_amount", "ft_price", "ft_cancel_reason",
            "order_id", "status", "symbol", "order_type", "side", "price", "average", "amount", "filled",
            "remaining", "cost", "stop_price", "order_date", "order_filled_date", "order_update_date",
            "funding_fee", "ft_fee_base", "ft_order_tag");

    private TradeRows() {
    }

    private static String param(String column, Dialect dialect) {
        return column.equals("trading_mode") ? dialect.tradingModeParam(column) : ":" + column;
    }

    /** {@code INSERT INTO table (id?, cols) VALUES (...) RETURNING id}. */
    static String insertSql(String table, List<String> columns, boolean withId, Dialect dialect) {
        String names = (withId ? "id, " : "") + String.join(", ", columns);
        String values = (withId ? ":id, " : "") + columns.stream().map(c -> param(c, dialect))
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") RETURNING id";
    }

    static String updateSql(String table, List<String> columns, Dialect dialect) {
        return "UPDATE " + table + " SET " + columns.stream().map(c -> c + " = " + param(c, dialect))
                .collect(Collectors.joining(", ")) + " WHERE id = :id";
    }

    static void bindTrade(SqlStatement<?> st, Trade t, Dialect d) {
        st.bind("exchange", t.exchange()).bind("pair", t.pair())
                .bind("base_currency", t.baseCurrency()).bind("stake_currency", t.stakeCurrency())
                .bind("is_open", t.isOpen()).bind("fee_open", t.feeOpen()).bind("fee_open_cost", t.feeOpenCost())
                .bind("fee_open_currency", t.feeOpenCurrency()).bind("fee_close", t.feeClose())
                .bind("fee_close_cost", t.feeCloseCost()).bind("fee_close_currency", t.feeCloseCurrency())
                .bind("open_rate", t.openRate()).bind("open_rate_requested", t.openRateRequested())
                .bind("open_trade_value", t.openTradeValue()).bind("close_rate", t.closeRate())
                .bind("close_rate_requested", t.closeRateRequested()).bind("realized_profit", t.realizedProfit())
                .bind("close_profit", t.closeProfit()).bind("close_profit_abs", t.closeProfitAbs())
                .bind("stake_amount", t.stakeAmount()).bind("max_stake_amount", t.maxStakeAmount())
                .bind("amount", t.amount()).bind("amount_requested", t.amountRequested())
                .bind("open_date", d.time(t.openDate())).bind("close_date", d.time(t.closeDate()))
                .bind("stop_loss", t.stopLoss()).bind("stop_loss_pct", t.stopLossPct())
                .bind("initial_stop_loss", t.initialStopLoss()).bind("initial_stop_loss_pct", t.initialStopLossPct())
                .bind("is_stop_loss_trailing", t.isStopLossTrailing()).bind("max_rate", t.maxRate())
                .bind("min_rate", t.minRate()).bind("exit_reason", t.exitReason())
                .bind("exit_order_status", t.exitOrderStatus()).bind("strategy", t.strategy())
                .bind("enter_tag", t.enterTag()).bind("timeframe", t.timeframe())
                .bind("trading_mode", t.tradingMode() == null ? null : t.tradingMode().name())
                .bind("amount_precision", t.amountPrecision()).bind("price_precision", t.pricePrecision())
                .bind("precision_mode", t.precisionMode()).bind("precision_mode_price", t.precisionModePrice())
                .bind("contract_size", t.contractSize()).bind("leverage", t.leverage()).bind("is_short", t.isShort())
                .bind("liquidation_price", t.liquidationPrice()).bind("interest_rate", t.interestRate())
                .bind("funding_fees", t.fundingFees()).bind("funding_fee_running", t.fundingFeeRunning());
    }

    static void bindOrder(SqlStatement<?> st, Order o, long tradeId, Dialect d) {
        st.bind("ft_trade_id", tradeId).bind("ft_order_side", o.ftOrderSide()).bind("ft_pair", o.ftPair())
                .bind("ft_is_open", o.ftIsOpen()).bind("ft_amount", o.ftAmount()).bind("ft_price", o.ftPrice())
                .bind("ft_cancel_reason", o.ftCancelReason()).bind("order_id", o.orderId())
                .bind("status", o.status()).bind("symbol", o.symbol()).bind("order_type", o.orderType())
                .bind("side", o.side()).bind("price", o.price()).bind("average", o.average())
                .bind("amount", o.amount()).bind("filled", o.filled()).bind("remaining", o.remaining())
                .bind("cost", o.cost()).bind("stop_price", o.stopPrice())
                .bind("order_date", d.time(o.orderDate())).bind("order_filled_date", d.time(o.orderFilledDate()))
                .bind("order_update_date", d.time(o.orderUpdateDate())).bind("funding_fee", o.fundingFee())
                .bind("ft_fee_base", o.ftFeeBase()).bind("ft_order_tag", o.ftOrderTag());
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static double doubleOr(ResultSet rs, String column, double fallback) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? fallback : v;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Trade mapTrade(ResultSet rs, Dialect d) throws SQLException {
        Trade t = new Trade();
        t.setId(rs.getLong("id"));
        t.setExchange(rs.getString("exchange"));
        t.setPair(rs.getString("pair"));
        t.setBaseCurrency(rs.getString("base_currency"));
        t.setStakeCurrency(rs.getString("stake_currency"));
        t.setOpen(rs.getBoolean("is_open"));
        t.setFeeOpen(rs.getDouble("fee_open"));
        t.setFeeOpenCost(nullableDouble(rs, "fee_open_cost"));
        t.setFeeOpenCurrency(rs.getString("fee_open_currency"));
        t.setFeeClose(rs.getDouble("fee_close"));
        t.setFeeCloseCost(nullableDouble(rs, "fee_close_cost"));
        t.setFeeCloseCurrency(rs.getString("fee_close_currency"));
        t.setOpenRate(rs.getDouble("open_rate"));
        t.setOpenRateRequested(nullableDouble(rs, "open_rate_requested"));
        t.setOpenTradeValue(nullableDouble(rs, "open_trade_value"));
        t.setCloseRate(nullableDouble(rs, "close_rate"));
        t.setCloseRateRequested(nullableDouble(rs, "close_rate_requested"));
        t.setRealizedProfit(doubleOr(rs, "realized_profit", 0.0));
        t.setCloseProfit(nullableDouble(rs, "close_profit"));
        t.setCloseProfitAbs(nullableDouble(rs, "close_profit_abs"));
        t.setStakeAmount(rs.getDouble("stake_amount"));
        t.setMaxStakeAmount(nullableDouble(rs, "max_stake_amount"));
        t.setAmount(rs.getDouble("amount"));
        t.setAmountRequested(nullableDouble(rs, "amount_requested"));
        t.setOpenDate(d.readTime(rs, "open_date"));
        t.setCloseDate(d.readTime(rs, "close_date"));
        t.setStopLoss(doubleOr(rs, "stop_loss", 0.0));
        t.setStopLossPct(nullableDouble(rs, "stop_loss_pct"));
        t.setInitialStopLoss(doubleOr(rs, "initial_stop_loss", 0.0));
        t.setInitialStopLossPct(nullableDouble(rs, "initial_stop_loss_pct"));
        t.setStopLossTrailing(rs.getBoolean("is_stop_loss_trailing"));
        t.setMaxRate(doubleOr(rs, "max_rate", 0.0));
        t.setMinRate(nullableDouble(rs, "min_rate"));
        t.setExitReason(rs.getString("exit_reason"));
        t.setExitOrderStatus(rs.getString("exit_order_status"));
        t.setStrategy(rs.getString("strategy"));
        t.setEnterTag(rs.getString("enter_tag"));
        t.setTimeframe(nullableInt(rs, "timeframe"));
        String mode = rs.getString("trading_mode");
        t.setTradingMode(mode == null ? null : TradeRows.tradingMode(mode));
        t.setAmountPrecision(nullableDouble(rs, "amount_precision"));
        t.setPricePrecision(nullableDouble(rs, "price_precision"));
        t.setPrecisionMode(nullableInt(rs, "precision_mode"));
        t.setPrecisionModePrice(nullableInt(rs, "precision_mode_price"));
        t.setContractSize(nullableDouble(rs, "contract_size"));
        t.setLeverage(doubleOr(rs, "leverage", 1.0));
        t.setShort(rs.getBoolean("is_short"));
        t.setLiquidationPrice(nullableDouble(rs, "liquidation_price"));
        t.setInterestRate(rs.getDouble("interest_rate"));
        t.setFundingFees(nullableDouble(rs, "funding_fees"));
        t.setFundingFeeRunning(nullableDouble(rs, "funding_fee_running"));
        return t;
    }

    static Order mapOrder(ResultSet rs, Dialect d) throws SQLException {
        Order o = new Order();
        o.setId(rs.getLong("id"));
        o.setFtTradeId(rs.getLong("ft_trade_id"));
        o.setFtOrderSide(rs.getString("ft_order_side"));
        o.setFtPair(rs.getString("ft_pair"));
        o.setFtIsOpen(rs.getBoolean("ft_is_open"));
        o.setFtAmount(rs.getDouble("ft_amount"));
        o.setFtPrice(rs.getDouble("ft_price"));
        o.setFtCancelReason(rs.getString("ft_cancel_reason"));
        o.setOrderId(rs.getString("order_id"));
        o.setStatus(rs.getString("status"));
        o.setSymbol(rs.getString("symbol"));
        o.setOrderType(rs.getString("order_type"));
        o.setSide(rs.getString("side"));
        o.setPrice(nullableDouble(rs, "price"));
        o.setAverage(nullableDouble(rs, "average"));
        o.setAmount(nullableDouble(rs, "amount"));
        o.setFilled(nullableDouble(rs, "filled"));
        o.setRemaining(nullableDouble(rs, "remaining"));
        o.setCost(nullableDouble(rs, "cost"));
        o.setStopPrice(nullableDouble(rs, "stop_price"));
        o.setOrderDate(d.readTime(rs, "order_date"));
        o.setOrderFilledDate(d.readTime(rs, "order_filled_date"));
        o.setOrderUpdateDate(d.readTime(rs, "order_update_date"));
        o.setFundingFee(nullableDouble(rs, "funding_fee"));
        o.setFtFeeBase(nullableDouble(rs, "ft_fee_base"));
        o.setFtOrderTag(rs.getString("ft_order_tag"));
        return o;
    }

    /** The {@code trading_mode} column: SQLAlchemy writes the enum member name ({@code SPOT}). */
    static TradingMode tradingMode(String text) {
        for (TradingMode mode : TradingMode.values()) {
            if (mode.name().equals(text) || mode.value().equals(text)) {
                return mode;
            }
        }
        throw new PersistenceException("Unknown trading_mode '" + text + "'; allowed: SPOT, MARGIN, FUTURES");
    }
}
