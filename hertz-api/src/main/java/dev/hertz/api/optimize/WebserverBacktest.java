package dev.hertz.api.optimize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.api.schema.BacktestRequest;
import dev.hertz.api.schema.BacktestResponse;
import dev.hertz.core.rpc.Rpc;
import dev.hertz.core.rpc.RpcException;
import dev.hertz.core.rpc.RpcResources;
import dev.hertz.optimize.BacktestSession;
import dev.hertz.optimize.backtest.BacktestMarkets;
import dev.hertz.optimize.backtest.BacktestProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Iterator;

/**
 * The one backtest a webserver runs at a time (freqtrade's {@code ApiBG.bt}): started by
 * {@code POST /backtest} on a thread of its own, polled with {@code GET /backtest}, aborted,
 * reset. The last result stays until the next start or a reset.
 */
public final class WebserverBacktest {
    private static final Logger LOG = LoggerFactory.getLogger(WebserverBacktest.class);

    private final Rpc rpc;
    private Thread worker;
    private volatile boolean abort;
    private volatile String step = "";
    private volatile long total;
    private volatile long done;
    private volatile int closedTrades;
    private ObjectNode result;
    private String error;

    public WebserverBacktest(Rpc rpc) {
        this.rpc = rpc;
    }

    /** Starts a backtest with the request's settings over the configuration. */
    public synchronized BacktestResponse start(BacktestRequest request) {
        if (running()) {
            throw new RpcException(RpcException.Kind.STATE, "Bot Background task already running");
        }
        RpcResources.WebserverContext context = rpc.resources().webserverContext();
        ObjectNode config = BacktestConfig.of(context.config(), request);
        Path cwd = context.workingDirectory();
        BacktestMarkets markets = BacktestMarkets.of(context.exchange());
        abort = false;
        result = null;
        error = null;
        step = "startup";
        total = 0;
        done = 0;
        closedTrades = 0;
        worker = Thread.ofVirtual().name("webserver-backtest").start(() -> run(config, cwd, markets));
        return new BacktestResponse("running", true, "Backtest started", "startup", 0, null, null);
    }

    private void run(ObjectNode config, Path cwd, BacktestMarkets markets) {
        try {
            BacktestSession session = BacktestSession.run(config, cwd, markets, new Progress(), () -> abort);
            ObjectNode tree = session.result();
            if (session.file() != null) {
                String stem = session.file().getFileName().toString().replaceFirst("\\.json$", "");
                Iterator<String> names = tree.path("metadata").fieldNames();
                while (names.hasNext()) {
                    String strategy = names.next();
                    ((ObjectNode) tree.path("metadata").get(strategy)).put("filename", stem).put("strategy", strategy);
                }
            }
            finish(LiveResult.of(tree), null);
        } catch (RuntimeException | LinkageError e) {
            // the user's strategy or data may fail in any way; the webserver reports it and goes on
            LOG.error("Backtesting caused an error: {}", e.getMessage(), e);
            finish(null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private synchronized void finish(ObjectNode tree, String failure) {
        result = tree;
        error = failure;
        worker = null;
    }

    /** {@code GET /backtest}. */
    public synchronized BacktestResponse status() {
        if (running()) {
            double progress = total == 0 ? 0 : Math.round((double) done / total * 100_000) / 100_000.0;
            return new BacktestResponse("running", true, "Backtest running", step, progress, closedTrades, null);
        }
        if (error != null) {
            return new BacktestResponse("error", false, "Backtest failed with " + error, "", 0, null, null);
        }
        if (result == null) {
            return new BacktestResponse("not_started", false, "Backtest not yet executed", "", 0, null, null);
        }
        return new BacktestResponse("ended", false, "Backtest ended", "finished", 1, null, result);
    }

    /** {@code DELETE /backtest}: forgets the last result unless one is running. */
    public synchronized BacktestResponse reset() {
        if (running()) {
            return new BacktestResponse("running", true, "Backtest running", "", 0, null, null);
        }
        result = null;
        error = null;
        return new BacktestResponse("reset", false, "Backtest reset", "", 0, null, null);
    }

    /** {@code GET /backtest/abort}: asks a running backtest to stop at its next candle. */
    public synchronized BacktestResponse abort() {
        if (!running()) {
            return new BacktestResponse("not_running", false, "Backtest ended", "", 0, null, null);
        }
        abort = true;
        return new BacktestResponse("stopping", false, "Backtest ended", "", 0, null, null);
    }

    private boolean running() {
        return worker != null;
    }

    /** Reports the run's steps into this state. */
    private final class Progress implements BacktestProgress {
        @Override
        public void step(String name, long steps) {
            step = name;
            total = steps;
            done = 0;
        }

        @Override
        public void progress(long finished) {
            done = finished;
        }

        @Override
        public void closedTrades(int count) {
            closedTrades = count;
        }
    }
}
