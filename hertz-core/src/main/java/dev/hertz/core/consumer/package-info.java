/**
 * freqtrade's producer/consumer mode, consumer side. A consumer bot's
 * {@link dev.hertz.core.consumer.ExternalMessageConsumer} keeps a WebSocket connection to each
 * producer bot of {@code external_message_consumer.producers}, receives its whitelist and analysed
 * frames into {@link dev.hertz.core.consumer.ProducerData}, and the consumer's strategy reads them
 * through {@code dp.getProducerPairs(...)} and {@code dp.getProducerDf(...)}
 * ({@link dev.hertz.core.consumer.ProducerDataframe}). The producer side is any bot with its API's
 * {@code /api/v1/message/ws} open.
 */
package dev.hertz.core.consumer;
