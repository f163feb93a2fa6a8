package fr.relais.application.shielding;

import fr.relais.domain.model.shielding.BlockedPerson;
import java.util.Objects;
import java.util.Set;

/**
 * One identity value in its canonical form (S46): an email address, a phone, a name with a birth
 * date, a foreign-national number or an OpenID login, as {@link CanonicalForms} writes it. Made by
 * the {@link IdentityMatcher} only, and compared only through it.
 *
 * @param kind what the value is
 * @param canonical the one form every variant of the value shares
 * @param legacy the exact forms entries kept before canonical forms existed were hashed over (see
 *     docs/identity.md): an entry whose value is no longer known can only be matched on these
 */
public record IdentityKey(BlockedPerson.Kind kind, String canonical, Set<String> legacy) {

  public IdentityKey {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(canonical);
    legacy = Set.copyOf(legacy);
  }

  /** Never the value itself: an identity key may be logged by mistake. */
  @Override
  public String toString() {
    return "IdentityKey[" + kind + "]";
  }
}
