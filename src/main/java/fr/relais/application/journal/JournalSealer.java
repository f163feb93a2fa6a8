package fr.relais.application.journal;

/**
 * Links committed journal entries into the chain, in sequence order, in small batches. Runs on
 * every node; the database lease makes one node seal at a time.
 */
public interface JournalSealer {

  /** One batch, in a transaction of its own. */
  Run sealOnce();

  /**
   * What one batch did.
   *
   * @param claimed whether this call held the lease (false: another sealer was working)
   * @param sealed entries linked into the chain
   * @param gaps sequence numbers passed over and now watched
   * @param refused entries whose MAC did not match their content, left out of the chain
   * @param more whether a full batch was sealed, so that more may be waiting
   */
  record Run(boolean claimed, int sealed, int gaps, int refused, boolean more) {
    public static final Run NOT_CLAIMED = new Run(false, 0, 0, 0, false);
  }
}
