package dev.hertz.core.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The {@code exchange} section. {@link #toString()} hides the credentials.
 *
 * @param name {@code name}: the exchange id (ccxt spelling, e.g. {@code binance})
 * @param key {@code key} (default "")
 * @param secret {@code secret} (default "")
 * @param password {@code password} (default "")
 * @param uid {@code uid} (default "")
 * @param pairWhitelist {@code pair_whitelist} (regular expressions allowed)
 * @param pairBlacklist {@code pair_blacklist} (regular expressions allowed)
 * @param ccxtConfig {@code ccxt_config}, passed to the exchange client
 * @param marketsRefreshInterval {@code markets_refresh_interval} minutes (default 60)
 * @param outdatedOffset {@code outdated_offset} minutes (default 5): candle staleness tolerance
 * @param sim {@code sim}: settings of Hertz's simulated exchange, kept raw for it to read
 */
public record ExchangeConfig(
        String name,
        String key,
        String secret,
        String password,
        String uid,
        List<String> pairWhitelist,
        List<String> pairBlacklist,
        Map<String, Object> ccxtConfig,
        int marketsRefreshInterval,
        int outdatedOffset,
        ObjectNode sim) {

    public ExchangeConfig {
        pairWhitelist = List.copyOf(pairWhitelist);
        pairBlacklist = List.copyOf(pairBlacklist);
        sim = sim.deepCopy();
    }

    /** A copy of the {@code sim} object (empty when absent). */
    @Override
    public ObjectNode sim() {
        return sim.deepCopy();
    }

    static ExchangeConfig from(NodeReader section) {
        return new ExchangeConfig(
                section.text("name", ""),
                section.text("key", ""),
                section.text("secret", ""),
                section.text("password", ""),
                section.text("uid", ""),
                section.textList("pair_whitelist"),
                section.textList("pair_blacklist"),
                section.plainMap("ccxt_config"),
                section.integer("markets_refresh_interval", 60),
                section.integer("outdated_offset", 5),
                section.objectCopy("sim"));
    }

    @Override
    public String toString() {
        return "ExchangeConfig[name=" + name + ", key=" + Secrets.mask(key) + ", secret=" + Secrets.mask(secret)
                + ", password=" + Secrets.mask(password) + ", uid=" + Secrets.mask(uid)
                + ", pairWhitelist=" + pairWhitelist + ", pairBlacklist=" + pairBlacklist
                + ", ccxtConfig=" + ccxtConfig.keySet() + ", marketsRefreshInterval=" + marketsRefreshInterval
                + ", outdatedOffset=" + outdatedOffset + ", sim=" + sim + "]";
    }
}
