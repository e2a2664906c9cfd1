package dev.hertz.optimize.hyperopt.loss;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.core.config.HertzConfig;
import dev.hertz.core.persistence.Trade;

import java.time.Instant;
import java.util.List;

/**
 * One epoch's outcome as a loss function sees it (freqtrade's {@code hyperopt_loss_function}
 * arguments, reference bot-core §8.3).
 *
 * @param trades          the closed trades, in closing order
 * @param tradeCount      how many there are
 * @param minDate         first simulated candle
 * @param maxDate         last simulated candle
 * @param config          the effective configuration of the epoch
 * @param stats           the epoch's strategy statistics ({@code BacktestStats.strategyStats})
 * @param startingBalance {@code dry_run_wallet}
 */
public record LossInput(List<Trade> trades, int tradeCount, Instant minDate, Instant maxDate, HertzConfig config,
                        ObjectNode stats, double startingBalance) {
    public LossInput {
        trades = List.copyOf(trades);
    }
}
