package io.privacyinventory.store;

/**
 * The end of the change log: how many rows it has and the hash of the newest, which covers every
 * row before it. Kept outside the file (printed, mailed, in another system), it shows later that
 * no row up to it was changed or removed, even by someone who rewrote the whole chain.
 */
public record HistoryHead(long rows, String hash) {}
