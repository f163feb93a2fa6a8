package fr.relais.infrastructure.mail;

import fr.relais.domain.model.mailbox.AddressForm;
import fr.relais.domain.model.mailbox.MailAddressing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's inbound addressing: {@code relais.mail.domain}, {@code relais.mail.address-form}
 * ({@code plus} or {@code plain}) and the catch-all mailbox's own address, which designates no one:
 * {@code relais.mail.inbound.address}, else the IMAP login {@code relais.mail.inbound.user} when it
 * is an address, else that login on the deployment's domain. A malformed domain, form or address
 * stops the deployment.
 */
@ApplicationScoped
public class MailConfiguration {

  @Inject
  @ConfigProperty(name = "relais.mail.domain", defaultValue = "relais.localhost")
  String domain;

  @Inject
  @ConfigProperty(name = "relais.mail.address-form", defaultValue = "plus")
  String form;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.address")
  Optional<String> mailboxAddress;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.user")
  Optional<String> mailboxUser;

  /** A value, made for each bean that needs it (it cannot be proxied, and needs no scope). */
  @Produces
  MailAddressing addressing() {
    AddressForm f;
    try {
      f = AddressForm.valueOf(form.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("relais.mail.address-form must be plus or plain: " + form);
    }
    return new MailAddressing(domain, f, mailbox(domain, mailboxAddress, mailboxUser));
  }

  /** The catch-all mailbox's own address, or null when no mailbox is read. */
  static String mailbox(String domain, Optional<String> address, Optional<String> user) {
    Optional<String> explicit = address.map(String::trim).filter(a -> !a.isEmpty());
    if (explicit.isPresent()) {
      return explicit.get();
    }
    return user.map(String::trim)
        .filter(u -> !u.isEmpty())
        .map(u -> u.contains("@") ? u : u + "@" + domain.trim())
        .orElse(null);
  }
}
