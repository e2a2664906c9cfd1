/**
 * Notification and chat handlers registered with the bot's {@code RpcManager}: Telegram (commands
 * and notifications), webhook and Discord.
 */
package dev.hertz.notify;
