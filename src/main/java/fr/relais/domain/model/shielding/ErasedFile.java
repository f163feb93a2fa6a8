package fr.relais.domain.model.shielding;

import java.util.List;
import java.util.Set;

/**
 * What an erasure removed, as the journal must know it to anonymise its references: the identifiers
 * the file's entries may carry as target or in their detail (the person, her mandates, messages,
 * access links and invitations, documents, notes, blocked persons, locks), and the logins she acted
 * under.
 *
 * @param references every identifier of the erased rows
 * @param logins issuer and subject of each login linked to her (her own account)
 * @param rows rows deleted, all tables together
 */
public record ErasedFile(Set<String> references, List<Login> logins, int rows) {

  /** An external identity, as the journal names an actor. */
  public record Login(String issuer, String subject) {}
}
