package dev.hertz.core.config;

import java.util.Locale;

/**
 * {@code order_time_in_force}, upper-cased ({@code GTC}, {@code FOK}, {@code IOC}, {@code PO}).
 *
 * @param entry {@code entry} (default GTC)
 * @param exit {@code exit} (default GTC)
 */
public record OrderTimeInForce(String entry, String exit) {

    static OrderTimeInForce from(NodeReader section) {
        return new OrderTimeInForce(
                section.text("entry", "GTC").toUpperCase(Locale.ROOT),
                section.text("exit", "GTC").toUpperCase(Locale.ROOT));
    }
}
