/** freqtrade's {@code discord} handler: messages as embeds posted to a Discord webhook. */
package dev.hertz.notify.discord;
