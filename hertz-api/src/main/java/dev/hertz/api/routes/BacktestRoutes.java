package dev.hertz.api.routes;

import dev.hertz.api.optimize.WebserverBacktest;
import dev.hertz.api.http.ApiException;
import dev.hertz.api.http.ApiRequest;
import dev.hertz.api.http.Route.Mode;
import dev.hertz.api.http.RouteTable;
import dev.hertz.api.schema.BacktestMarketChange;
import dev.hertz.api.schema.BacktestNotesPayload;
import dev.hertz.api.schema.BacktestRequest;
import dev.hertz.api.schema.BacktestResponse;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.optimize.results.BacktestHistoryEntry;
import dev.hertz.optimize.results.BacktestResultFiles;
import dev.hertz.optimize.results.ResultFileException;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * FreqUI's backtesting page (webserver mode, freqtrade-api.md §1.2.10): run one backtest in the
 * background and poll it, and browse, load, annotate and delete stored results.
 */
public final class BacktestRoutes {
    private BacktestRoutes() {
    }

    public static void register(RouteTable r, Rpc rpc, WebserverBacktest backtest) {
        r.postJson("/backtest", Mode.WEBSERVER, BacktestRequest.class, BacktestResponse.class,
                "Start a backtest in the background", q -> backtest.start(BacktestRequest.from(q.body())));
        r.get("/backtest", Mode.WEBSERVER, BacktestResponse.class, "State and result of the backtest",
                q -> backtest.status());
        r.delete("/backtest", Mode.WEBSERVER, BacktestResponse.class, "Forget the last backtest result",
                q -> backtest.reset());
        r.get("/backtest/abort", Mode.WEBSERVER, BacktestResponse.class, "Stop the running backtest",
                q -> backtest.abort());
        Supplier<BacktestResultFiles> files = () -> new BacktestResultFiles(resultsDirectory(rpc));
        r.get("/backtest/history", Mode.WEBSERVER, BacktestHistoryEntry[].class, "Stored backtest results",
                q -> stored(() -> files.get().list()));
        r.get("/backtest/history/result", Mode.WEBSERVER, BacktestResponse.class, "One stored backtest result",
                q -> historic(files.get(), q));
        r.delete("/backtest/history/{file}", Mode.WEBSERVER, BacktestHistoryEntry[].class,
                "Delete a stored backtest result", q -> stored(() -> files.get().delete(q.pathString("file"))));
        r.patchJson("/backtest/history/{file}", Mode.WEBSERVER, BacktestNotesPayload.class,
                BacktestHistoryEntry[].class, "Store notes on a backtest result", q -> {
                    BacktestNotesPayload p = BacktestNotesPayload.from(q.body());
                    return stored(() -> files.get().updateNotes(q.pathString("file"), p.strategy(), p.notes()));
                });
        r.get("/backtest/history/{file}/market_change", Mode.WEBSERVER, BacktestMarketChange.class,
                "Market change of a stored backtest result",
                q -> stored(() -> BacktestMarketChange.of(files.get().marketChange(q.pathString("file")))));
    }

    private static BacktestResponse historic(BacktestResultFiles files, ApiRequest q) {
        String filename = q.requiredQuery("filename");
        String strategy = q.requiredQuery("strategy");
        return stored(() -> new BacktestResponse("ended", false, "Historic result", "", 1, null,
                files.read(filename, strategy)));
    }

    /** The directory FreqUI's history reads: {@code user_data/backtest_results}. */
    private static Path resultsDirectory(Rpc rpc) {
        return rpc.resources().userDataDirectory().resolve("backtest_results");
    }

    /** A result-file failure as freqtrade answers it: 404 for a missing file, 400 for unusable content. */
    private static <T> T stored(Supplier<T> action) {
        try {
            return action.get();
        } catch (ResultFileException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ApiException.notFound("File not found.");
                case INVALID -> ApiException.badRequest(e.getMessage());
                case IO -> new ApiException(502, e.getMessage());
            };
        }
    }
}
