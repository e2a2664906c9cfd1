package dev.hertz.api.schema;

import dev.hertz.api.http.Body;

import java.util.List;

/**
 * {@code POST /pair_history}. FreqUI also sends {@code live_mode}, {@code exchange},
 * {@code trading_mode} and {@code margin_mode}; stored data is always analysed here, so they are ignored.
 */
public record PairHistoryRequest(String pair, String timeframe, String timerange, String strategy,
                                 List<String> columns) {

    public static PairHistoryRequest from(Body body) {
        body.requireObject();
        PairHistoryRequest p = new PairHistoryRequest(body.string("pair", true), body.string("timeframe", true),
                body.string("timerange", true), body.string("strategy", true), body.stringList("columns", false));
        body.validate();
        return p;
    }
}
