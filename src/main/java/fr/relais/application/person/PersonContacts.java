package fr.relais.application.person;

import fr.relais.domain.model.person.PersonContact;

/**
 * A person's contact kept as the use cases keep it, for code that writes people's records outside
 * them (the demonstration data at start-up): sealed whole in the vault when she is protected (F2),
 * her email as a keyed hash over its canonical form (S41, S46).
 */
public interface PersonContacts {

  /** Seals the contact's (already validated) parts in place, under her data key (F2). */
  void seal(PersonContact contact);

  /** The keyed hash of an address's canonical form, as kept beside a contact; null if none. */
  String emailFingerprint(String email);
}
