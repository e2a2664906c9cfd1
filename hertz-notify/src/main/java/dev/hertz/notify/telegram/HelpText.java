package dev.hertz.notify.telegram;

/** The {@code /help} text (freqtrade's, including its known slips such as "Relade" and {@code /balance total}). */
final class HelpText {
    private HelpText() {
    }

    static String of(boolean forceEntryEnable, boolean spot) {
        StringBuilder forceEnter = new StringBuilder();
        if (forceEntryEnable) {
            forceEnter.append("*/forcelong <pair> [<rate>]:* `Instantly buys the given pair. Optionally takes a rate "
                    + "at which to buy (only applies to limit orders).` \n");
            if (!spot) {
                forceEnter.append("*/forceshort <pair> [<rate>]:* `Instantly shorts the given pair. Optionally takes "
                        + "a rate at which to sell (only applies to limit orders).` \n");
            }
        }
        return "_Bot Control_\n"
                + "------------\n"
                + "*/start:* `Starts the trader`\n"
                + "*/stop:* `Stops the trader`\n"
                + "*/stopentry:* `Stops entering, but handles open trades gracefully` \n"
                + "*/forceexit <trade_id>|all:* `Instantly exits the given trade or all trades, regardless of profit`\n"
                + "*/fx <trade_id>|all:* `Alias to /forceexit`\n"
                + forceEnter
                + "*/delete <trade_id>:* `Instantly delete the given trade in the database`\n"
                + "*/reload_trade <trade_id>:* `Relade trade from exchange Orders`\n"
                + "*/cancel_open_order <trade_id>:* `Cancels open orders for trade. Only valid when the trade has open "
                + "orders.`\n"
                + "*/coo <trade_id>|all:* `Alias to /cancel_open_order`\n"
                + "*/whitelist [sorted] [baseonly]:* `Show current whitelist. Optionally in order and/or only displaying "
                + "the base currency of each pairing.`\n"
                + "*/blacklist [pair]:* `Show current blacklist, or adds one or more pairs to the blacklist.` \n"
                + "*/blacklist_delete [pairs]| /bl_delete [pairs]:* `Delete pair / pattern from blacklist. Will reset "
                + "on reload_conf.` \n"
                + "*/reload_config:* `Reload configuration file` \n"
                + "*/unlock <pair|id>:* `Unlock this Pair (or this lock id if it's numeric)`\n"
                + "_Current state_\n"
                + "------------\n"
                + "*/show_config:* `Show running configuration` \n"
                + "*/locks:* `Show currently locked pairs`\n"
                + "*/balance:* `Show bot managed balance per currency`\n"
                + "*/balance total:* `Show account balance per currency`\n"
                + "*/logs [limit]:* `Show latest logs - defaults to 10` \n"
                + "*/count:* `Show number of active trades compared to allowed number of trades`\n"
                + "*/edge:* `Shows validated pairs by Edge if it is enabled` \n"
                + "*/health* `Show latest process timestamp - defaults to 1970-01-01 00:00:00` \n"
                + "*/marketdir [long | short | even | none]:* `Updates the user managed variable that represents the "
                + "current market direction. If no direction is provided ``the currently set market direction will "
                + "be output.` \n"
                + "*/list_custom_data <trade_id> <key>:* `List custom_data for Trade ID & Key combo.`\n"
                + "`If no Key is supplied it will list all key-value pairs found for that Trade ID.`\n"
                + "_Statistics_\n"
                + "------------\n"
                + "*/status <trade_id>|[table]:* `Lists all open trades`\n"
                + "         *<trade_id> :* `Lists one or more specific trades.`\n"
                + "                        `Separate multiple <trade_id> with a blank space.`\n"
                + "         *table :* `will display trades in a table`\n"
                + "                `pending buy orders are marked with an asterisk (*)`\n"
                + "                `pending sell orders are marked with a double asterisk (**)`\n"
                + "*/entries <pair|none>:* `Shows the enter_tag performance`\n"
                + "*/exits <pair|none>:* `Shows the exit reason performance`\n"
                + "*/mix_tags <pair|none>:* `Shows combined entry tag + exit reason performance`\n"
                + "*/trades [limit]:* `Lists last closed trades (limited to 10 by default)`\n"
                + "*/profit [<n>]:* `Lists cumulative profit from all finished trades, over the last n days`\n"
                + "*/performance:* `Show performance of each finished trade grouped by pair`\n"
                + "*/daily <n>:* `Shows profit or loss per day, over the last n days`\n"
                + "*/weekly <n>:* `Shows statistics per week, over the last n weeks`\n"
                + "*/monthly <n>:* `Shows statistics per month, over the last n months`\n"
                + "*/stats:* `Shows Wins / losses by Sell reason as well as Avg. holding durations for buys and sells.`\n"
                + "*/help:* `This help message`\n"
                + "*/version:* `Show version`";
    }
}
