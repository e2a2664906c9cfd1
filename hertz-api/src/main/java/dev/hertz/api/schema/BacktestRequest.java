package dev.hertz.api.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.Body;

/**
 * {@code POST /backtest}: the strategy and the settings that override the configuration for
 * this run (null = the configuration's). {@code stake_amount} is a number or {@code "unlimited"}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BacktestRequest(String strategy, String timeframe, String timeframeDetail, String timerange,
                              Double maxOpenTrades, JsonNode stakeAmount, boolean enableProtections,
                              Double dryRunWallet, String backtestCache, String freqaimodel, JsonNode freqai) {

    public static BacktestRequest from(Body body) {
        body.requireObject();
        BacktestRequest r = new BacktestRequest(body.string("strategy", true), body.string("timeframe", false),
                body.string("timeframe_detail", false), body.string("timerange", false),
                body.number("max_open_trades", false), body.numberOrString("stake_amount"),
                Boolean.TRUE.equals(body.bool("enable_protections", true, null)), body.number("dry_run_wallet", false),
                body.oneOf("backtest_cache", false, "none", "day", "week", "month"), body.string("freqaimodel", false),
                body.object("freqai"));
        body.validate();
        if (r.strategy().contains(":")) {
            throw new ApiException(500, "base64 encoded strategies are not allowed.");
        }
        return r;
    }
}
