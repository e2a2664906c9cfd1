package dev.hertz.api.schema;

import dev.hertz.api.http.Body;

import java.util.List;

/** {@code POST /pair_candles}: {@code columns} null = all, else these plus the base columns. */
public record PairCandlesRequest(String pair, String timeframe, Long limit, List<String> columns) {

    public static PairCandlesRequest from(Body body) {
        body.requireObject();
        PairCandlesRequest p = new PairCandlesRequest(body.string("pair", true), body.string("timeframe", true),
                body.integer("limit", false), body.stringList("columns", false));
        body.validate();
        return p;
    }
}
