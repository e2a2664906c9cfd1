package dev.hertz.core.exchange;

/** Whether a price is wanted for entering or for exiting a trade. */
public enum EntryExit {
    ENTRY,
    EXIT
}
