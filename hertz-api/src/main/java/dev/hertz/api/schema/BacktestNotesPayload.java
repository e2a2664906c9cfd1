package dev.hertz.api.schema;

import dev.hertz.api.http.Body;

/** {@code PATCH /backtest/history/{file}}: notes for one strategy of a stored result. */
public record BacktestNotesPayload(String strategy, String notes) {

    public static BacktestNotesPayload from(Body body) {
        body.requireObject();
        BacktestNotesPayload p = new BacktestNotesPayload(body.string("strategy", true), body.string("notes", false));
        body.validate();
        return new BacktestNotesPayload(p.strategy(), p.notes() == null ? "" : p.notes());
    }
}
