package io.privacyinventory.store;

/** The result of re-computing the change log's hash chain. */
public record HistoryVerification(long rowsChecked, Long firstBrokenSeq, String problem) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
