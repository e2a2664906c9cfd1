package dev.hertz.notify.telegram;

import dev.hertz.core.rpc.LockJson;
import dev.hertz.core.rpc.RpcMessage;
import dev.hertz.core.util.PythonFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Telegram text of each bot message (freqtrade's {@code compose_message}); the types without
 * a Telegram form ({@code whitelist}, {@code analyzed_df}, {@code new_candle}) compose to nothing.
 * Hertz has no fiat converter, so the fiat suffixes freqtrade adds never appear.
 */
final class Notifications {
    static final String BLUE_CIRCLE = "\uD83D\uDD35";
    static final String CHECK = "\u2713";
    static final String WARNING = "\u26A0";
    static final String ROCKET = "\uD83D\uDE80";
    static final String ASTERISK = "\u2733";
    static final String CROSS = "\u274C";

    /** Open, high, low and close of a pair's last analysed candle. */
    record Candle(double open, double high, double low, double close) {
    }

    private final boolean dryRun;
    private final boolean showCandle;
    private final Function<String, Optional<Candle>> candles;

    /**
     * @param showCandle {@code notification_settings.show_candle} is {@code ohlc}
     * @param candles    the last analysed candle of a pair, if any
     */
    Notifications(boolean dryRun, boolean showCandle, Function<String, Optional<Candle>> candles) {
        this.dryRun = dryRun;
        this.showCandle = showCandle;
        this.candles = candles;
    }

    /** The text for {@code message}, or empty for the types Telegram does not show. */
    Optional<String> compose(RpcMessage message) {
        return Optional.ofNullable(switch (message) {
            case RpcMessage.Entry e -> entry(e.info(), false);
            case RpcMessage.EntryFill e -> entry(e.info(), true);
            case RpcMessage.Exit e -> exit(e.info(), false);
            case RpcMessage.ExitFill e -> exit(e.info(), true);
            case RpcMessage.EntryCancel c -> WARNING + " *" + exchange(c.info().exchange()) + ":* Cancelling "
                    + (c.info().subTrade() ? "partial " : "") + "enter Order for " + c.info().pair() + " (#"
                    + c.info().tradeId() + "). Reason: " + c.reason() + ".";
            case RpcMessage.ExitCancel c -> WARNING + " *" + exchange(c.exchange()) + ":* Cancelling "
                    + (c.subTrade() ? "partial " : "") + "exit Order for " + c.pair() + " (#" + c.tradeId()
                    + "). Reason: " + c.reason() + ".";
            case RpcMessage.ProtectionTrigger p -> protection(p.lock(), "`" + p.lock().pair() + "`");
            case RpcMessage.ProtectionTriggerGlobal p -> protection(p.lock(), "*All pairs*");
            case RpcMessage.Status s -> "*Status:* `" + s.status() + "`";
            case RpcMessage.Warning w -> WARNING + " *Warning:* `" + w.status() + "`";
            case RpcMessage.ExceptionMsg x -> WARNING + " *ERROR:* \n " + x.status();
            case RpcMessage.Startup s -> s.status();
            case RpcMessage.StrategyMsg s -> s.msg();
            case RpcMessage.Whitelist w -> null;
            case RpcMessage.AnalyzedDf a -> null;
            case RpcMessage.NewCandle n -> null;
        });
    }

    private String exchange(String name) {
        return name + (dryRun ? " (dry)" : "");
    }

    private static String protection(LockJson lock, String what) {
        return "*Protection* triggered due to " + lock.reason() + ". " + what + " will be locked until `"
                + lock.lockEndTime() + "`.";
    }

    private String candle(String pair) {
        if (!showCandle) {
            return "";
        }
        return candles.apply(pair).map(c -> "*Candle OHLC*: `" + Fmt.py(c.open()) + ", " + Fmt.py(c.high()) + ", "
                + Fmt.py(c.low()) + ", " + Fmt.py(c.close()) + "`\n").orElse("");
    }

    private static String leverage(Double leverage) {
        return leverage != null && leverage != 1.0 ? " (" + PythonFormat.general(leverage, 3) + "x)" : "";
    }

    private String entry(RpcMessage.EntryInfo m, boolean fill) {
        String wording = m.subTrade() ? (fill ? "Position increase filled" : "Increasing position")
                : (fill ? "New Trade filled" : "New Trade");
        StringBuilder b = new StringBuilder();
        b.append(fill ? CHECK : BLUE_CIRCLE).append(" *").append(exchange(m.exchange())).append(":* ")
                .append(wording).append(" (#").append(m.tradeId()).append(")\n");
        b.append("*Pair:* `").append(m.pair()).append("`\n");
        b.append(candle(m.pair()));
        if (m.enterTag() != null && !m.enterTag().isEmpty()) {
            b.append("*Enter Tag:* `").append(m.enterTag()).append("`\n");
        }
        b.append("*Amount:* `").append(Fmt.roundValue(m.amount(), 8)).append("`\n");
        b.append("*Direction:* `").append(m.direction()).append(leverage(m.leverage())).append("`\n");
        b.append("*Open Rate:* `").append(Fmt.roundValue(m.openRate(), 8)).append(' ').append(m.quoteCurrency())
                .append("`\n");
        if (!fill && m.currentRate() != null && m.currentRate() != 0) {
            b.append("*Current Rate:* `").append(Fmt.roundValue(m.currentRate(), 8)).append(' ')
                    .append(m.quoteCurrency()).append("`\n");
        }
        b.append('*').append(m.subTrade() ? "New " : "").append("Total:* `")
                .append(Fmt.coin(m.stakeAmount(), m.quoteCurrency())).append('`');
        return b.toString();
    }

    private String exit(RpcMessage.ExitInfo m, boolean fill) {
        boolean subProfit = m.profitAmount() != m.cumulativeProfit();
        boolean finalExit = m.isFinalExit() && subProfit;
        String prefix = m.subTrade() ? "Sub " : "";
        String wording = fill ? "Exited" : "Exiting";
        String cumulative = "";
        if (m.subTrade() || finalExit) {
            if (finalExit) {
                prefix = "Sub ";
                cumulative = "*Final Profit:* `" + Fmt.pct(m.finalProfitRatio() == null ? Double.NaN
                        : m.finalProfitRatio()) + " (" + Fmt.fixed(m.cumulativeProfit(), 8) + " "
                        + m.quoteCurrency() + ")`\n";
            } else {
                wording = "Partially " + wording.toLowerCase(java.util.Locale.ROOT);
                if (m.cumulativeProfit() != 0) {
                    cumulative = "*Cumulative Profit:* `" + Fmt.coin(m.cumulativeProfit(), m.stakeCurrency()) + "`\n";
                }
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(exitEmoji(m)).append(" *").append(exchange(m.exchange())).append(":* ").append(wording).append(' ')
                .append(m.pair()).append(" (#").append(m.tradeId()).append(")\n");
        b.append(candle(m.pair()));
        b.append('*').append(fill ? prefix + "Profit" : "Unrealized " + prefix + "Profit").append(":* `")
                .append(Fmt.pct(m.profitRatio())).append(" (").append(m.gain()).append(": ")
                .append(Fmt.coin(m.profitAmount(), m.quoteCurrency())).append(")`\n");
        b.append(cumulative);
        if (m.enterTag() != null && !m.enterTag().isEmpty()) {
            b.append("*Enter Tag:* `").append(m.enterTag()).append("`\n");
        }
        b.append("*Exit Reason:* `").append(m.exitReason()).append("`\n");
        b.append("*Direction:* `").append(m.direction()).append(leverage(m.leverage())).append("`\n");
        b.append("*Amount:* `").append(Fmt.roundValue(m.amount(), 8)).append("`\n");
        b.append("*Open Rate:* `").append(Fmt.coin(m.openRate(), m.quoteCurrency())).append("`\n");
        if (!fill && m.currentRate() != null && m.currentRate() != 0) {
            b.append("*Current Rate:* `").append(Fmt.coin(m.currentRate(), m.quoteCurrency())).append("`\n");
            if (m.orderRate() != 0) {
                b.append("*Exit Rate:* `").append(Fmt.coin(m.orderRate(), m.quoteCurrency())).append('`');
            }
        } else if (fill) {
            b.append("*Exit Rate:* `").append(Fmt.coin(m.closeRate(), m.quoteCurrency())).append('`');
        }
        if (m.subTrade()) {
            b.append("\n*Remaining:* `").append(Fmt.coin(m.stakeAmount(), m.quoteCurrency())).append('`');
        } else {
            Instant open = m.openDate().truncatedTo(ChronoUnit.SECONDS);
            Instant close = m.closeDate().truncatedTo(ChronoUnit.SECONDS);
            long seconds = Duration.between(open, close).toSeconds();
            b.append("\n*Duration:* `").append(Fmt.timedelta(seconds)).append(" (")
                    .append(Fmt.fixed(seconds / 60.0, 1)).append(" min)`");
        }
        return b.toString();
    }

    private static String exitEmoji(RpcMessage.ExitInfo m) {
        if (m.profitRatio() >= 0.05) {
            return ROCKET;
        }
        if (m.profitRatio() >= 0) {
            return ASTERISK;
        }
        return "stop_loss".equals(m.exitReason()) ? WARNING : CROSS;
    }
}
