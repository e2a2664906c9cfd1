/**
 * Live-vs-backtest parity: for random signal patterns on random candles, the real dry-run bot
 * trading a replay of the candles (filling at the next candle's open) makes the same trades as the
 * backtester: same pairs, entry and exit candles, exit reasons, and fill prices.
 *
 * <ul>
 *   <li>{@link dev.hertz.app.parity.ReplayExchange}: market data only, as an exchange would have
 *       shown it at the clock's time (closed candles; ticker and book at the forming candle's open);
 *       orders go to the {@code DryRunExchange} wrapped around it, as in any dry-run bot.</li>
 *   <li>{@link dev.hertz.app.parity.LiveReplay}: a {@code TradingBot} wired as {@code BotAssembly}
 *       wires one, one {@code process()} at each candle open, {@code force_exit} at the last.</li>
 *   <li>{@link dev.hertz.app.parity.BacktestReplay}: the same strategy and candles through the
 *       {@code Backtester}.</li>
 *   <li>{@link dev.hertz.app.parity.RandomMarket}: the seeded cases, and which exits they use.</li>
 *   <li>{@link dev.hertz.app.parity.LiveBacktestParityTest}: the properties and two hand-made
 *       cases to read first.</li>
 * </ul>
 *
 * <p>What cannot agree, by construction: the backtester sees each candle's high and low and exits
 * inside it (positive ROI steps, stops, trailing stops), while a bot that looks once per candle
 * sees only opens. Positive ROI and trailing stops are therefore left out; stops are compared on
 * candles without wicks, where the live exit is the same breach seen at the next open.
 */
package dev.hertz.app.parity;
