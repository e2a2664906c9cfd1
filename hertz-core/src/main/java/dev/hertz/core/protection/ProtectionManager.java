package dev.hertz.core.protection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.pairlist.PluginDescription;
import dev.hertz.core.pairlist.PluginParams;
import dev.hertz.core.persistence.PairLock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the strategy's {@code protections} after a trade closed (freqtrade's
 * {@code ProtectionManager}): {@link #stopPerPair} for the closed pair, then {@link #globalStop},
 * both with the closed trade's side. A lock is placed only if the pair (or {@code *}) is not
 * already locked at the proposed end time for that side, so repeated checks do not pile up locks.
 */
public final class ProtectionManager {

    private static final Logger LOG = LoggerFactory.getLogger(ProtectionManager.class);

    private final List<Protection> protections;
    private final PairLocks locks;
    private final InstantSource clock;

    /**
     * @param configs the strategy's {@code protections}: objects with a {@code method} and its parameters
     * @param history closed trades
     * @param locks   where locks go; its timeframe converts candle counts
     * @param clock   "now" for the methods without a time
     * @throws ConfigurationError for an unknown method or invalid parameters; nothing is created then
     */
    public ProtectionManager(List<? extends JsonNode> configs, TradeHistory history, PairLocks locks,
                             InstantSource clock) {
        validateProtections(configs);
        this.locks = locks;
        this.clock = clock;
        List<Protection> created = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            ObjectNode params = ((ObjectNode) configs.get(i)).deepCopy();
            String method = params.remove("method").asText();
            PluginParams pluginParams = new PluginParams("Protection " + method + " (protections[" + i + "])", params);
            created.add(Protections.create(
                    new Protection.Setup(method, pluginParams, locks.timeframe(), history, clock), i));
        }
        this.protections = List.copyOf(created);
        if (protections.isEmpty()) {
            LOG.info("No protection Handlers defined.");
        }
    }

    /**
     * freqtrade's {@code validate_protections}: each entry an object with a {@code method}; at most
     * one of {@code stop_duration}, {@code stop_duration_candles} and {@code unlock_at}; at most one
     * of {@code lookback_period} and {@code lookback_period_candles}; {@code unlock_at} as {@code HH:MM}.
     */
    public static void validateProtections(List<? extends JsonNode> configs) {
        for (int i = 0; i < configs.size(); i++) {
            JsonNode prot = configs.get(i);
            if (prot == null || !prot.isObject() || !prot.path("method").isTextual()) {
                throw new ConfigurationError("protections[" + i + "]: must be an object with a \"method\" string, got "
                        + prot);
            }
            String method = prot.get("method").asText();
            boolean unlockAt = prot.hasNonNull("unlock_at");
            if (unlockAt) {
                JsonNode value = prot.get("unlock_at");
                UnlockAt.parse(value.isTextual() ? value.textValue() : value.toString());
            }
            if (prot.has("stop_duration") && prot.has("stop_duration_candles")) {
                throw new ConfigurationError("Protections must specify either `stop_duration` or "
                        + "`stop_duration_candles`.\nPlease fix the protection " + method + ".");
            }
            if (prot.has("lookback_period") && prot.has("lookback_period_candles")) {
                throw new ConfigurationError("Protections must specify either `lookback_period` or "
                        + "`lookback_period_candles`.\n Please fix the protection " + method + ".");
            }
            if (unlockAt && (prot.has("stop_duration") || prot.has("stop_duration_candles"))) {
                throw new ConfigurationError("Protections must specify either `unlock_at`, `stop_duration` or "
                        + "`stop_duration_candles`.\nPlease fix the protection " + method + ".");
            }
        }
    }

    /** The protection names in configured order. */
    public List<String> nameList() {
        return protections.stream().map(Protection::name).toList();
    }

    /** Each protection's {@code short_desc}, in configured order. */
    public List<PluginDescription> shortDesc() {
        return protections.stream().map(p -> new PluginDescription(p.name(), p.shortDesc())).toList();
    }

    /**
     * Asks every protection with a global stop; locks {@code *} where one fires and no global lock
     * for that side covers its end yet.
     *
     * @param side the closed trade's side, {@code long} or {@code short}
     * @return the last lock created, if any
     */
    public Optional<PairLock> globalStop(Instant now, String side) {
        PairLock result = null;
        for (Protection p : protections) {
            if (p.hasGlobalStop()) {
                Optional<ProtectionReturn> r = p.globalStop(now, side);
                if (r.isPresent() && !locks.isGlobalLock(r.get().until(), r.get().lockSide())) {
                    result = locks.lockPair(PairLocks.ALL, r.get().until(), r.get().reason(), now, r.get().lockSide());
                }
            }
        }
        return Optional.ofNullable(result);
    }

    /** {@link #globalStop(Instant, String)} now. */
    public Optional<PairLock> globalStop(String side) {
        return globalStop(clock.instant(), side);
    }

    /**
     * Asks every protection with a per-pair stop about {@code pair}; locks it where one fires and
     * the pair is not yet locked at that end for that side.
     *
     * @return the last lock created, if any
     */
    public Optional<PairLock> stopPerPair(String pair, Instant now, String side) {
        PairLock result = null;
        for (Protection p : protections) {
            if (p.hasLocalStop()) {
                Optional<ProtectionReturn> r = p.stopPerPair(pair, now, side);
                if (r.isPresent() && !locks.isPairLocked(pair, r.get().until(), r.get().lockSide())) {
                    result = locks.lockPair(pair, r.get().until(), r.get().reason(), now, r.get().lockSide());
                }
            }
        }
        return Optional.ofNullable(result);
    }

    /** {@link #stopPerPair(String, Instant, String)} now. */
    public Optional<PairLock> stopPerPair(String pair, String side) {
        return stopPerPair(pair, clock.instant(), side);
    }
}
