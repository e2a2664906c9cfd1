package dev.hertz.core.pairlist;

import java.util.List;

/**
 * What a pairlist handler is, without creating one: the facts {@code GET /pairlists/available}
 * returns and the checks the manager makes before building a chain.
 *
 * @param name                the {@code method} name, e.g. {@code VolumePairList}
 * @param description         one line for users
 * @param isGenerator         may stand first in the chain
 * @param supportsBacktesting how it behaves in backtesting
 * @param parameters          the parameters it accepts, in freqtrade's order
 */
public record PairListHandlerInfo(String name, String description, boolean isGenerator,
                                  SupportsBacktesting supportsBacktesting, List<PairlistParameter> parameters) {

    public PairListHandlerInfo {
        parameters = List.copyOf(parameters);
    }
}
