package fr.relais.domain.model.shielding;

import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.TakeoverClaim;
import fr.relais.domain.model.emailchange.EmailChange;
import fr.relais.domain.model.person.PersonContact;
import java.util.List;

/**
 * The rows whose keyed hashes were taken over exact values, before canonical forms (S46): read in
 * pages to be hashed again, each then marked so that it is never read again.
 */
public interface LegacyFingerprintRepository {

  List<PersonContact> contacts(int limit);

  List<AdministrationAccount> administrationAccounts(int limit);

  List<EmailChange> emailChanges(int limit);

  /** An email change's hashes replaced by the canonical ones (its columns are otherwise fixed). */
  void rekey(EmailChange change, String newFingerprint, String baseFingerprint);

  /** Approved takeover claims whose intruders were flagged and blocked by their exact values. */
  List<TakeoverClaim> approvedClaims(int limit);

  /** How many rows still wait, all tables together. */
  long remaining();
}
