package dev.hertz.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code /forceenter}: which pair to enter and, optionally, how. Only the fields that
 * are set are sent, so the server applies its defaults to the rest. Start with
 * {@link #of(String, String)} and add options with the {@code with...} methods.
 *
 * @param side        {@code long} or {@code short}; null = {@code long}
 * @param price       limit price; null = the current price
 * @param ordertype   {@code limit} or {@code market}; null = the strategy's {@code force_entry} order type
 * @param stakeamount stake in the stake currency; null = the normal stake calculation
 * @param leverage    null = the strategy's leverage
 * @param entryTag    null = {@code force_entry}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ForceEnterPayload(String pair, String side, Double price, String ordertype, Double stakeamount,
                                Double leverage, String entryTag) {

    /**
     * An entry on {@code pair} with every option left to the server.
     *
     * @param side {@code long}, {@code short}, or null for long
     */
    public static ForceEnterPayload of(String pair, String side) {
        return new ForceEnterPayload(pair, side, null, null, null, null, null);
    }

    /** This entry as a limit order at {@code price}. */
    public ForceEnterPayload withPrice(Double price) {
        return new ForceEnterPayload(pair, side, price, ordertype, stakeamount, leverage, entryTag);
    }

    /** This entry with order type {@code limit} or {@code market}. */
    public ForceEnterPayload withOrderType(String ordertype) {
        return new ForceEnterPayload(pair, side, price, ordertype, stakeamount, leverage, entryTag);
    }

    /** This entry with a stake of {@code stakeamount} in the stake currency. */
    public ForceEnterPayload withStakeAmount(Double stakeamount) {
        return new ForceEnterPayload(pair, side, price, ordertype, stakeamount, leverage, entryTag);
    }

    /** This entry with {@code leverage} (futures). */
    public ForceEnterPayload withLeverage(Double leverage) {
        return new ForceEnterPayload(pair, side, price, ordertype, stakeamount, leverage, entryTag);
    }

    /** This entry tagged {@code entryTag}. */
    public ForceEnterPayload withEntryTag(String entryTag) {
        return new ForceEnterPayload(pair, side, price, ordertype, stakeamount, leverage, entryTag);
    }
}
