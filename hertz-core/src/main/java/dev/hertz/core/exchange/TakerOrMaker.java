package dev.hertz.core.exchange;

/** Which fee rate applies: taker (order removed liquidity) or maker (order rested in the book). */
public enum TakerOrMaker {
    TAKER,
    MAKER
}
