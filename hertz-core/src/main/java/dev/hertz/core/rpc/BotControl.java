package dev.hertz.core.rpc;

import dev.hertz.core.bot.BotState;
import dev.hertz.core.bot.Worker;

/** What the RPC layer needs of the worker: read the bot's state and ask for another one. */
public interface BotControl {
    /** The current state; null before the worker started. */
    BotState state();

    /** Asks the worker to change state at its next iteration. */
    void requestState(BotState next);

    /** Control over a real {@link Worker}. */
    static BotControl of(Worker worker) {
        return new BotControl() {
            @Override
            public BotState state() {
                return worker.state();
            }

            @Override
            public void requestState(BotState next) {
                worker.requestState(next);
            }
        };
    }
}
