package dev.hertz.app.commands;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.LoadedConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.config.TradingMode;
import dev.hertz.core.data.history.DataFormat;
import dev.hertz.core.data.history.HistoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the data commands ({@code list-data}, {@code convert-data}, {@code download-data}) take
 * from the resolved configuration: they run without a config file, in dry-run.
 *
 * @param loaded      the configuration
 * @param datadir     {@code datadir}: {@code --datadir}, else {@code <userdir>/data/<exchange>}
 * @param format      {@code --data-format-ohlcv}, else the config's {@code dataformat_ohlcv}
 * @param tradingMode {@code --trading-mode}, else the config's {@code trading_mode}
 */
record DataSettings(LoadedConfig loaded, Path datadir, DataFormat format, TradingMode tradingMode) {
    private static final Logger LOG = LoggerFactory.getLogger(DataSettings.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static DataSettings load(AppContext ctx, CommonOptions common, RunMode runMode, String exchange,
                             String tradingMode, DataFormat format) {
        LoadedConfig loaded = ConfigSupport.load(ctx, common.toArgs().runMode(runMode).requireConfigFile(false)
                .dryRun(true).exchange(exchange).tradingMode(tradingMode).build());
        JsonNode config = loaded.config();
        DataFormat configured = format;
        if (configured == null) {
            try {
                configured = DataFormat.fromValue(config.path("dataformat_ohlcv").asText("feather"));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("dataformat_ohlcv: " + e.getMessage(), e);
            }
        }
        return new DataSettings(loaded, Path.of(config.path("datadir").asText()), configured,
                TradingMode.fromValue(config.path("trading_mode").asText("")));
    }

    HistoryStore store() {
        return new HistoryStore(datadir, format);
    }

    String exchangeName() {
        return loaded.config().path("exchange").path("name").asText("");
    }

    /**
     * freqtrade's pair list for data commands: {@code -p} pairs, else the {@code --pairs-file},
     * else the config's whitelist when a config file was loaded, else {@code <datadir>/pairs.json}
     * when it exists; {@code null} when none of them gives a list.
     */
    List<String> pairs(List<String> cliPairs, String pairsFile, Path cwd) {
        if (cliPairs != null && !cliPairs.isEmpty()) {
            return List.copyOf(cliPairs);
        }
        if (pairsFile != null) {
            Path file = cwd.resolve(pairsFile);
            LOG.info("Reading pairs file \"{}\".", file);
            if (!Files.isRegularFile(file)) {
                throw new CommandException("No pairs file found with path \"" + file + "\".");
            }
            return readPairs(file);
        }
        JsonNode files = loaded.config().path("config_files");
        if (files.isArray() && !files.isEmpty()) {
            LOG.info("Using pairlist from configuration.");
            List<String> whitelist = new ArrayList<>();
            loaded.config().path("exchange").path("pair_whitelist").forEach(p -> whitelist.add(p.asText()));
            return whitelist;
        }
        Path file = datadir.resolve("pairs.json");
        if (Files.isRegularFile(file)) {
            LOG.info("Reading pairs file \"{}\".", file);
            return readPairs(file);
        }
        return null;
    }

    private static List<String> readPairs(Path file) {
        try {
            List<String> pairs = new ArrayList<>(MAPPER.readValue(file.toFile(), new TypeReference<List<String>>() { }));
            pairs.sort(null);
            return pairs;
        } catch (IOException e) {
            throw new CommandException("Pairs file \"" + file + "\" is not a JSON list of pairs: " + e.getMessage(), e);
        }
    }
}
