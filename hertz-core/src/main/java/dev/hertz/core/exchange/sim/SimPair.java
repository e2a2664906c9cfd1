package dev.hertz.core.exchange.sim;

import dev.hertz.core.exchange.Market;

/**
 * Everything the simulator keeps for one pair.
 *
 * @param spec    the configuration it was built from
 * @param market  the ccxt-style market description served to callers
 * @param path    its price history
 * @param book    its order book generator
 * @param prices  tick grid for price checks
 * @param amounts step grid for amount checks
 */
record SimPair(SimMarketSpec spec, Market market, PairPath path, SimBook book, TickGrid prices, TickGrid amounts) {
}
