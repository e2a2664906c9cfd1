package dev.hertz.app.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hertz.app.AppContext;
import dev.hertz.app.CommandException;
import dev.hertz.optimize.hyperopt.results.Epoch;
import dev.hertz.optimize.hyperopt.results.EpochFilter;
import dev.hertz.optimize.hyperopt.results.HyperoptResultFile;
import dev.hertz.optimize.results.ResultFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * The epochs {@code hyperopt-list} and {@code hyperopt-show} work on: the selected result file
 * read and filtered.
 *
 * @param epochs        the epochs that passed the filters, in file order
 * @param totalEpochs   how many the file holds
 * @param stakeCurrency the config's, else the one of the stored statistics
 */
record StoredEpochs(List<Epoch> epochs, int totalEpochs, String stakeCurrency) {
    private static final Logger LOG = LoggerFactory.getLogger(StoredEpochs.class);

    /**
     * @param filename {@code --hyperopt-filename}; null for the latest result
     * @throws CommandException when the file cannot be found or read
     */
    static StoredEpochs load(AppContext ctx, ObjectNode config, String filename, EpochFilter filter) {
        try {
            var file = HyperoptResultFile.locate(HyperoptPaths.resultsDirectory(ctx, config), filename);
            List<Epoch> all = HyperoptResultFile.read(file);
            List<Epoch> kept = filter.apply(all);
            LOG.info("{} {}{}epochs found.", kept.size(), filter.best() ? "best " : "",
                    filter.profitable() ? "profitable " : "");
            String stored = all.isEmpty() ? "" : all.get(0).resultsMetrics().path("stake_currency").asText("");
            return new StoredEpochs(kept, all.size(), HyperoptPaths.stakeCurrency(config, stored));
        } catch (ResultFileException e) {
            throw new CommandException(e.getMessage(), e);
        }
    }
}
