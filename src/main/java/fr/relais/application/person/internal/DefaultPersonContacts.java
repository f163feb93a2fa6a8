package fr.relais.application.person.internal;

import fr.relais.application.person.PersonContacts;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.person.PersonContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link PersonContacts} by {@link SealedContacts}, the use cases' own way. */
@ApplicationScoped
public class DefaultPersonContacts implements PersonContacts {

  @Inject Vault vault;
  @Inject IdentityMatcher matcher;

  @Override
  public void seal(PersonContact contact) {
    SealedContacts.seal(vault, contact);
  }

  @Override
  public String emailFingerprint(String email) {
    return SealedContacts.emailFingerprint(matcher, email);
  }
}
