package fr.relais.application.shielding;

/**
 * Hashes again, over their canonical forms, the identity values Relais kept hashed over their exact
 * forms before canonical forms existed (S46): her contact's email and phone, her administration
 * accounts' addresses, pending email changes, and the intruders' addresses of takeover claims
 * approved before. Runs at each start on the node that claims it, and does nothing once every row
 * is done; entries whose value was never kept (a blocked person typed by hand, an address flagged
 * by hand) cannot be hashed again and keep matching their exact value only (docs/identity.md).
 */
public interface FingerprintRekeying {

  /** What a run did: rows hashed again, and whether another node held the job. */
  record Result(int rekeyed, boolean skipped) {}

  Result run();
}
