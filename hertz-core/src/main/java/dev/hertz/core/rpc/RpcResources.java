package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.bot.TradingBot;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.data.history.CandleType;
import dev.hertz.core.strategy.Strategy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The part of the {@link Rpc} facade that works with or without a trading bot: strategies and
 * their plot configs, stored candles, markets, exchanges, host information and pairlist trials.
 */
public final class RpcResources {
    private final Rpc rpc;
    private final Clock clock;
    private final StrategyLookup strategies;
    private final HistoricCandles historic;
    private final LoadedConfig webserverConfig;
    private final WebserverExchange webserverExchange;
    private final Path workingDirectory;

    /**
     * What a webserver-mode task (a backtest) starts from.
     *
     * @param config           a copy of the loaded configuration tree
     * @param exchange         the configured exchange (markets, fees)
     * @param workingDirectory what relative strategy paths are relative to
     */
    public record WebserverContext(ObjectNode config, Exchange exchange, Path workingDirectory) {
    }

    RpcResources(Rpc rpc, Path workingDirectory, Clock clock, LoadedConfig webserverConfig) {
        this.rpc = rpc;
        this.workingDirectory = workingDirectory;
        this.clock = clock;
        this.strategies = new StrategyLookup(workingDirectory);
        this.historic = new HistoricCandles(workingDirectory, strategies, clock);
        this.webserverConfig = webserverConfig;
        this.webserverExchange = webserverConfig == null ? null : new WebserverExchange(webserverConfig.typed(), clock);
    }

    /**
     * {@code /pair_history}: stored candles of {@code pair} in {@code timerange}, analysed by the
     * named strategy, with the selected {@code columns} (null = all).
     *
     * @throws RpcException NOT_FOUND without data or strategy, INPUT for a bad timerange, LOAD_FAILED otherwise
     */
    public PairHistory pairHistory(String pair, String timeframe, String timerange, String strategy,
                                   List<String> columns) {
        return historic.pairHistory(rpc.configTree(), pair, timeframe, timerange, strategy, columns);
    }

    /** {@code /available_pairs}: stored candle series, filtered (null or empty = no filter; candle type null = default). */
    public AvailablePairs availablePairs(String timeframe, String stakeCurrency, CandleType candleType) {
        return historic.availablePairs(rpc.configTree(), timeframe, stakeCurrency, candleType);
    }

    /**
     * {@code /pairlists/evaluate} (webserver mode): the whitelist a trial pairlist chain yields now.
     *
     * @param pairlists the chain, a JSON list of {@code {"method": ..., params}}
     */
    public WhitelistResult evaluatePairlists(JsonNode pairlists, List<String> blacklist, String stakeCurrency) {
        if (!rpc.isWebserver()) {
            throw new RpcException(Rpc.BOT_NOT_READY);
        }
        return PairlistEvaluation.evaluate(webserverConfig.config(), webserverExchange.get(), clock, pairlists,
                blacklist, stakeCurrency);
    }

    /**
     * The configuration, exchange and working directory of webserver mode.
     *
     * @throws RpcException beside a bot ({@link Rpc#BOT_NOT_READY}), where such tasks are not offered
     */
    public WebserverContext webserverContext() {
        if (!rpc.isWebserver()) {
            throw new RpcException(Rpc.BOT_NOT_READY);
        }
        return new WebserverContext(webserverConfig.config(), webserverExchange.get(), workingDirectory);
    }

    /**
     * The configuration's {@code user_data_dir} (relative to the working directory), where the API
     * finds user files such as hyperopt loss classes.
     */
    public Path userDataDirectory() {
        return workingDirectory.resolve(rpc.configTree().path("user_data_dir").asText("user_data")).normalize();
    }

    /** {@code /sysinfo}: CPU and memory use of the host; blocks for a quarter of a second while sampling. */
    public SysInfo sysinfo() {
        return SysInfoProbe.host().measure();
    }

    /**
     * {@code /plot_config} without a strategy: the running strategy's plot configuration,
     * {@code {}} when it has none.
     *
     * @throws RpcException {@code Strategy is mandatory in webserver mode.} without a bot
     */
    public ObjectNode plotConfig() {
        if (rpc.isWebserver()) {
            throw new RpcException("Strategy is mandatory in webserver mode.");
        }
        return StrategyJson.plotConfig(rpc.ctx().strategy());
    }

    /**
     * {@code /plot_config?strategy=}: the plot configuration of the named strategy, loaded with
     * its parameter file; null or empty = {@link #plotConfig()}.
     *
     * @throws RpcException {@link RpcException.Kind#NOT_FOUND} or {@link RpcException.Kind#LOAD_FAILED}
     *         when the strategy cannot be loaded
     */
    public ObjectNode plotConfig(String strategyName) {
        if (strategyName == null || strategyName.isEmpty()) {
            return plotConfig();
        }
        Strategy running = runningStrategy();
        return StrategyJson.plotConfig(running != null && running.name().equals(strategyName) ? running
                : strategies.load(rpc.configTree(), strategyName));
    }

    /** {@code /strategies}: the names of every strategy that loads, sorted. */
    public StrategyList strategies() {
        return strategies.list(rpc.configTree());
    }

    /**
     * {@code /strategy/{name}}: source, timeframe and hyperopt parameters. A trading bot shows only
     * its own strategy; in webserver mode any strategy is loaded (its parameter file applied,
     * {@code botStart} not called).
     *
     * @throws RpcException {@link RpcException.Kind#NOT_FOUND} for another strategy in trade mode
     *         ({@value Rpc#ONLY_ACTIVE_STRATEGY}) or an unknown one; {@link RpcException.Kind#LOAD_FAILED}
     *         for one that exists but cannot be loaded; {@link RpcException.Kind#INPUT} for a name with
     *         {@code :} (freqtrade's base64-encoded strategies are refused)
     */
    public StrategyInfo strategy(String name) {
        if (rpc.isWebserver()) {
            return StrategyJson.info(strategies.load(rpc.configTree(), name));
        }
        Strategy running = rpc.ctx().strategy();
        if (!running.name().equals(name)) {
            throw new RpcException(RpcException.Kind.NOT_FOUND, Rpc.ONLY_ACTIVE_STRATEGY);
        }
        return StrategyJson.info(running);
    }

    /** The running bot's strategy, or null when there is no bot. */
    private Strategy runningStrategy() {
        TradingBot current = rpc.currentBot();
        return current == null ? null : current.context().strategy();
    }

    /** {@code /markets}: the exchange's markets, only those of {@code base} and/or {@code quote} when given. */
    public Markets markets(String base, String quote) {
        return Markets.of(rpc.isWebserver() ? webserverExchange.get() : rpc.ctx().exchange(), base, quote);
    }

    /** {@code /exchanges}: the exchanges Hertz supports. */
    public ExchangeList exchanges() {
        return ExchangeList.available();
    }
}
