package dev.hertz.core.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.ConfigException;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.config.RunMode;
import dev.hertz.core.exchange.Exchange;
import dev.hertz.core.exchange.HertzException;
import dev.hertz.core.pairlist.PairListContext;
import dev.hertz.core.pairlist.PairListManager;

import java.time.Clock;
import java.util.List;

/**
 * FreqUI's pairlist configurator: runs a trial pairlist chain (handlers, blacklist, stake
 * currency over the loaded configuration) once against the exchange and returns the whitelist.
 */
final class PairlistEvaluation {
    private PairlistEvaluation() {
    }

    /**
     * @throws RpcException {@link RpcException.Kind#INPUT} naming what is wrong with the chain
     */
    static WhitelistResult evaluate(ObjectNode baseConfig, Exchange exchange, Clock clock, JsonNode pairlists,
                                    List<String> blacklist, String stakeCurrency) {
        ObjectNode config = baseConfig.deepCopy();
        config.set("pairlists", pairlists.deepCopy());
        config.put("stake_currency", stakeCurrency);
        ObjectNode exchangeSection = config.has("exchange") && config.get("exchange").isObject()
                ? (ObjectNode) config.get("exchange") : config.putObject("exchange");
        exchangeSection.putArray("pair_blacklist").addAll(blacklist.stream()
                .map(p -> config.textNode(p)).toList());
        try {
            PairListManager manager = new PairListManager(new PairListContext(exchange, HertzConfig.from(config),
                    RunMode.WEBSERVER, clock, null));
            manager.refreshPairlist();
            List<String> whitelist = manager.whitelist();
            return new WhitelistResult(manager.nameList(), whitelist.size(), whitelist);
        } catch (HertzException | ConfigException | IllegalArgumentException e) {
            throw new RpcException(RpcException.Kind.INPUT, e.getMessage());
        }
    }
}
