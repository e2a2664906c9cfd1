package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigArgs;
import dev.hertz.core.data.history.DataFormat;
import picocli.CommandLine.Option;

import java.util.List;

/**
 * freqtrade's options shared by {@code backtesting} and {@code hyperopt}. Each lands in the config
 * key freqtrade uses for it, so a config file can set them as well.
 */
public final class OptimizeOptions {
    @Option(names = {"-i", "--timeframe"}, paramLabel = "TIMEFRAME", description = "Specify timeframe (`1m`, `5m`, `30m`, `1h`, `1d`).")
    String timeframe;
    @Option(names = "--timerange", paramLabel = "TIMERANGE", description = "Specify what timerange of data to use.")
    String timerange;
    @Option(names = "--data-format-ohlcv", paramLabel = "{json,jsongz,feather}", converter = DataFormatConverter.class,
            description = "Storage format for downloaded candle (OHLCV) data. (default: `feather`).")
    DataFormat format;
    @Option(names = "--max-open-trades", paramLabel = "INT", description = "Override the value of the `max_open_trades` configuration setting.")
    Integer maxOpenTrades;
    @Option(names = "--stake-amount", paramLabel = "STAKE_AMOUNT", description = "Override the value of the `stake_amount` configuration setting.")
    String stakeAmount;
    @Option(names = "--fee", paramLabel = "FLOAT", description = "Specify fee ratio. Will be applied twice (on trade entry and exit).")
    Double fee;
    @Option(names = {"-p", "--pairs"}, paramLabel = "PAIRS", arity = "1..*", description = "Limit command to these pairs. Pairs are space-separated.")
    List<String> pairs;
    @Option(names = {"--eps", "--enable-position-stacking"}, description = "Allow buying the same pair multiple times (position stacking).")
    boolean positionStacking;
    @Option(names = {"--dmmp", "--disable-max-market-positions"}, description = "Disable applying `max_open_trades` during backtest "
            + "(same as setting `max_open_trades` to a very high number).")
    boolean disableMaxMarketPositions;
    @Option(names = {"--enable-protections", "--enableprotections"}, description = "Enable protections for backtesting. "
            + "Will slow backtesting down by a considerable amount, but will include configured protections")
    boolean enableProtections;
    @Option(names = {"--dry-run-wallet", "--starting-balance"}, paramLabel = "FLOAT", description = "Starting balance, used for backtesting / hyperopt and dry-runs.")
    Double dryRunWallet;
    @Option(names = "--timeframe-detail", paramLabel = "TIMEFRAME_DETAIL", description = "Specify detail timeframe for backtesting (`1m`, `5m`, `30m`, `1h`, `1d`).")
    String timeframeDetail;

    /** The options the configuration loader takes itself. */
    ConfigArgs.Builder apply(ConfigArgs.Builder args) {
        return args.dryRun(Boolean.TRUE).timeframe(timeframe).maxOpenTrades(maxOpenTrades).stakeAmount(stakeAmount)
                .fee(fee).dryRunWallet(dryRunWallet);
    }

    /** A copy of {@code loaded} with the other options under their config keys. */
    ObjectNode applyTo(ObjectNode loaded) {
        ObjectNode config = loaded.deepCopy();
        if (timerange != null) {
            config.put("timerange", timerange);
        }
        if (format != null) {
            config.put("dataformat_ohlcv", format.value());
        }
        if (pairs != null) {
            var whitelist = ((ObjectNode) config.path("exchange")).putArray("pair_whitelist");
            pairs.forEach(whitelist::add);
        }
        if (positionStacking) {
            config.put("position_stacking", true);
        }
        if (disableMaxMarketPositions) {
            config.put("use_max_market_positions", false);
        }
        if (enableProtections) {
            config.put("enable_protections", true);
        }
        if (timeframeDetail != null) {
            config.put("timeframe_detail", timeframeDetail);
        }
        return config;
    }
}
