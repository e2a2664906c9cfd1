/**
 * freqtrade's {@code webhook} handler ({@link dev.hertz.notify.webhook.WebhookHandler}) and what it
 * shares with the Discord handler: Python {@code str.format} templates
 * ({@link dev.hertz.notify.webhook.FormatTemplate}) rendered against a message's fields, and the
 * HTTP sender with freqtrade's body formats and retries ({@link dev.hertz.notify.webhook.WebhookSender}).
 */
package dev.hertz.notify.webhook;
