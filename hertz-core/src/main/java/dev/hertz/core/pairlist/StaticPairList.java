package dev.hertz.core.pairlist;

import dev.hertz.core.exchange.Ticker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The configured {@code exchange.pair_whitelist}, expressions expanded against the markets. As a
 * generator it drops pairs that are unknown, untradable, in another stake currency or inactive,
 * unless {@code allow_inactive} is set (then unknown plain pairs stay). As a filter it appends the
 * whitelist entries missing from the incoming list.
 */
public final class StaticPairList extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("StaticPairList",
            "Use pairlist as configured in config.", true, SupportsBacktesting.YES,
            List.of(PairlistParameter.bool("allow_inactive", false, "Allow inactive pairs",
                    "Allow inactive pairs to be in the whitelist.")));

    private final boolean allowInactive;

    StaticPairList(Setup setup) {
        super(setup);
        this.allowInactive = params.bool("allow_inactive", false);
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        return name();
    }

    @Override
    public List<String> genPairlist(Map<String, Ticker> tickers) {
        List<String> expanded = verifyWhitelist(context.config().exchange().pairWhitelist(), true);
        // The market check runs here rather than inside the expansion so each dropped pair is logged.
        return allowInactive ? expanded : whitelistForActiveMarkets(expanded);
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        List<String> result = new ArrayList<>(pairlist);
        for (String pair : context.config().exchange().pairWhitelist()) {
            if (!result.contains(pair)) {
                result.add(pair);
            }
        }
        return result;
    }
}
