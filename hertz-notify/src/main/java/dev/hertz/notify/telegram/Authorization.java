package dev.hertz.notify.telegram;

import com.pengrad.telegrambot.model.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Who may command the bot: updates from the configured chat only, from its {@code topic_id} when
 * one is set, and from an {@code authorized_users} entry (user id or username) when that list is
 * configured. Everything else is logged and never answered.
 */
final class Authorization {
    private static final Logger LOG = LoggerFactory.getLogger(Authorization.class);

    private final long chatId;
    private final Optional<String> topicId;
    private final Optional<List<String>> authorizedUsers;

    /** @param authorizedUsers empty when the key is absent (anyone in the chat); present, even empty, restricts */
    Authorization(long chatId, Optional<String> topicId, Optional<List<String>> authorizedUsers) {
        this.chatId = chatId;
        this.topicId = topicId;
        this.authorizedUsers = authorizedUsers.map(List::copyOf);
    }

    /** Whether an update from {@code chat} (thread {@code threadId}, sender {@code from}) may run a command. */
    boolean allows(Long chat, Long threadId, User from) {
        if (chat == null || chat != chatId) {
            LOG.info("Rejected unauthorized message from: {}", chat);
            return false;
        }
        if (topicId.isPresent() && !topicId.get().equals(threadId == null ? null : String.valueOf(threadId))) {
            LOG.debug("Rejected message from wrong channel: {}, {}", chat, threadId);
            return false;
        }
        if (authorizedUsers.isPresent()) {
            String id = from == null ? null : String.valueOf(from.id());
            String username = from == null ? null : from.username();
            boolean known = authorizedUsers.get().stream().anyMatch(u -> u.equals(id)
                    || username != null && (u.equals(username) || u.equals("@" + username)));
            if (!known) {
                LOG.info("Unauthorized user tried to control the bot: {}", id);
                return false;
            }
        }
        return true;
    }
}
