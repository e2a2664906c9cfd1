package dev.hertz.core.rpc;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.hertz.core.strategy.Frame;

import java.time.Instant;
import java.util.Map;
import java.util.List;

/**
 * A notification the bot sends to every {@link RpcHandler} (freqtrade's RPC message dicts). Each
 * record serialises, with {@code type}, to the payload of freqtrade's message of that type;
 * datetimes are {@link Instant}s, which each interface writes in its own form (the WebSocket as
 * ISO-8601 with {@code +00:00}).
 */
public sealed interface RpcMessage {
    /** The message type. */
    RpcMessageType messageType();

    /** The wire {@code type} field. */
    @JsonProperty("type")
    default String type() {
        return messageType().wire();
    }

    /** A worker state change ({@code running}, {@code stopped}, {@code config reloaded}, {@code process died}). */
    record Status(String status) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.STATUS;
        }
    }

    /** A warning shown to the user (dry-run notice, open trades left on stop). */
    record Warning(String status) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.WARNING;
        }
    }

    /** An {@code OperationalException} stopped the bot; the text already carries its Markdown. */
    record ExceptionMsg(String status) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.EXCEPTION;
        }
    }

    /** One of the messages sent on every entry into RUNNING. */
    record Startup(String status) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.STARTUP;
        }
    }

    /** A text from the strategy ({@code dp.send_msg}); only handlers allowing custom messages get it. */
    record StrategyMsg(String msg) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.STRATEGY_MSG;
        }
    }

    /** An entry order was placed ({@code subTrade}: a position increase). */
    record Entry(@JsonUnwrapped EntryInfo info) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.ENTRY;
        }
    }

    /** An entry order filled. */
    record EntryFill(@JsonUnwrapped EntryInfo info) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.ENTRY_FILL;
        }
    }

    /**
     * An entry order was cancelled; {@code reason} is one of the cancel reasons. Its
     * {@code open_date} is written naive (see {@link NaiveUtcDate}).
     */
    record EntryCancel(@JsonUnwrapped @JsonIgnoreProperties("open_date") EntryInfo info, String reason)
            implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.ENTRY_CANCEL;
        }

        /** The trade's open date, as freqtrade writes it here: without an offset. */
        @JsonProperty("open_date")
        @JsonSerialize(using = NaiveUtcDate.class)
        public Instant naiveOpenDate() {
            return info.openDate();
        }
    }

    /** An exit order was placed. */
    record Exit(@JsonUnwrapped ExitInfo info) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.EXIT;
        }
    }

    /** An exit order filled ({@code current_rate} is null for fills). */
    record ExitFill(@JsonUnwrapped ExitInfo info) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.EXIT_FILL;
        }
    }

    /**
     * An exit order was cancelled or kept open. {@code open_date} is written naive (see
     * {@link NaiveUtcDate}); {@code close_date} is "now" for the open trades this concerns, which
     * freqtrade writes with its offset like other message dates.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ExitCancel(long tradeId, String exchange, String pair, Double leverage, String direction, String gain,
                      double limit, String orderType, double amount, double openRate, Double currentRate,
                      double profitAmount, double profitRatio, String buyTag, String enterTag, String exitReason,
                      @JsonSerialize(using = NaiveUtcDate.class) Instant openDate, Instant closeDate,
                      String stakeCurrency, String baseCurrency, String quoteCurrency, String fiatCurrency,
                      String reason, boolean subTrade, double stakeAmount) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.EXIT_CANCEL;
        }
    }

    /** A per-pair protection locked a pair after a trade closed. */
    record ProtectionTrigger(@JsonProperty("base_currency") String baseCurrency, @JsonUnwrapped LockJson lock)
            implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.PROTECTION_TRIGGER;
        }
    }

    /** A global protection locked all pairs ({@code pair} {@code *}). */
    record ProtectionTriggerGlobal(@JsonProperty("base_currency") String baseCurrency, @JsonUnwrapped LockJson lock)
            implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.PROTECTION_TRIGGER_GLOBAL;
        }
    }

    /** The active whitelist changed. */
    record Whitelist(List<String> data) implements RpcMessage {
        public Whitelist {
            data = List.copyOf(data);
        }

        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.WHITELIST;
        }
    }

    /** The strategy analysed a pair: its last row and when (freqtrade's {@code _emit_df}). */
    record AnalyzedDf(AnalyzedRow data) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.ANALYZED_DF;
        }
    }

    /** The pair's analysis saw a candle the previous one had not (sent after its {@link AnalyzedDf}). */
    record NewCandle(PairKey data) implements RpcMessage {
        @Override
        public RpcMessageType messageType() {
            return RpcMessageType.NEW_CANDLE;
        }
    }

    /** freqtrade's {@code (pair, timeframe, candle_type)} tuple, written as a JSON array. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record PairKey(String pair, String timeframe, String candleType) {
    }

    /**
     * freqtrade's {@code df.tail(1)}. The wire form of {@code df} is the websocket's dataframe
     * envelope (pandas "split" JSON with the row's {@code index} label), which the interface builds.
     *
     * @param key   the analysed pair
     * @param df    the analysed rows sent (the last one for broadcasts), read-only; null = never analysed
     * @param index the first row's position in the whole analysed frame (its pandas index label)
     * @param la    when the analysis ran
     */
    record AnalyzedRow(PairKey key, @JsonIgnore Frame df, @JsonIgnore int index, Instant la) {
        /** The rows as freqtrade's WebSocket sends a dataframe (pandas "split" JSON in an envelope). */
        @JsonProperty("df")
        public Map<String, Object> envelope() {
            return DataframeEnvelope.of(df, index);
        }
    }

    /** The fields {@code entry}, {@code entry_fill} and {@code entry_cancel} share. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EntryInfo(long tradeId, String buyTag, String enterTag, String exchange, String pair, Double leverage,
                     String direction, double limit, double openRate, String orderType, double stakeAmount,
                     String stakeCurrency, String baseCurrency, String quoteCurrency, String fiatCurrency,
                     double amount, Instant openDate, Double currentRate, boolean subTrade) {
    }

    /** The fields {@code exit} and {@code exit_fill} share. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ExitInfo(long tradeId, String exchange, String pair, Double leverage, String direction, String gain,
                    double limit, double orderRate, String orderType, double amount, double openRate,
                    double closeRate, Double currentRate, double profitAmount, double profitRatio, String buyTag,
                    String enterTag, String exitReason, Instant openDate, Instant closeDate, double stakeAmount,
                    String stakeCurrency, String baseCurrency, String quoteCurrency, String fiatCurrency,
                    boolean subTrade, double cumulativeProfit, Double finalProfitRatio, boolean isFinalExit) {
    }
}
