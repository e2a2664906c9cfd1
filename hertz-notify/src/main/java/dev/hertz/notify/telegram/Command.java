package dev.hertz.notify.telegram;

import java.util.List;

/** One Telegram command: its arguments (the tokens after {@code /name}) in, the replies out. */
@FunctionalInterface
interface Command {
    /**
     * @param args the whitespace-separated tokens after the command; empty for a Refresh button
     * @throws dev.hertz.core.rpc.RpcException whose text is sent back as the reply
     */
    List<Reply> run(List<String> args);
}
