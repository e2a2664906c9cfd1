package dev.hertz.core.pairlist;

import dev.hertz.core.util.PythonFormat;
import dev.hertz.core.exchange.ConfigurationError;
import dev.hertz.core.exchange.Ticker;
import java.util.List;
import java.util.Map;

/** Skips the first {@code offset} pairs and keeps at most {@code number_assets} of the rest (0 = all). */
public final class OffsetFilter extends PairListHandler {

    static final PairListHandlerInfo INFO = new PairListHandlerInfo("OffsetFilter", "Offset pair list filter.",
            false, SupportsBacktesting.YES, List.of(
            PairlistParameter.number("offset", 0, "Offset", "Offset of the pairlist."),
            PairlistParameter.number("number_assets", 0, "Number of assets",
                    "Number of assets to use from the pairlist, starting from offset.")));

    private final int offset;
    private final int numberAssets;

    OffsetFilter(Setup setup) {
        super(setup);
        offset = params.integer("offset", 0);
        numberAssets = params.integer("number_assets", 0);
        if (offset < 0) {
            throw new ConfigurationError("OffsetFilter requires offset to be >= 0");
        }
    }

    @Override
    public boolean needsTickers() {
        return false;
    }

    @Override
    public String shortDesc() {
        if (numberAssets != 0) {
            return name() + " - Taking " + numberAssets + " Pairs, starting from " + offset + ".";
        }
        return name() + " - Offsetting pairs by " + offset + ".";
    }

    @Override
    public List<String> filterPairlist(List<String> pairlist, Map<String, Ticker> tickers) {
        if (offset > pairlist.size()) {
            log.warning("Offset of " + offset + " is larger than pair count of " + pairlist.size());
        }
        List<String> pairs = pairlist.subList(Math.min(offset, pairlist.size()), pairlist.size());
        if (numberAssets > 0) {
            pairs = pairs.subList(0, Math.min(numberAssets, pairs.size()));
        }
        log.info("Searching " + pairs.size() + " pairs: " + PythonFormat.listRepr(pairs));
        return List.copyOf(pairs);
    }
}
