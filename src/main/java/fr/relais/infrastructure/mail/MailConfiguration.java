package fr.relais.infrastructure.mail;

import fr.relais.domain.model.mailbox.AddressForm;
import fr.relais.domain.model.mailbox.MailAddressing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's inbound addressing: {@code relais.mail.domain} and {@code
 * relais.mail.address-form} ({@code plus} or {@code plain}). A malformed domain or form stops the
 * deployment.
 */
@ApplicationScoped
public class MailConfiguration {

  @Inject
  @ConfigProperty(name = "relais.mail.domain", defaultValue = "relais.localhost")
  String domain;

  @Inject
  @ConfigProperty(name = "relais.mail.address-form", defaultValue = "plus")
  String form;

  /** A value, made for each bean that needs it (it cannot be proxied, and needs no scope). */
  @Produces
  MailAddressing addressing() {
    AddressForm f;
    try {
      f = AddressForm.valueOf(form.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("relais.mail.address-form must be plus or plain: " + form);
    }
    return new MailAddressing(domain, f);
  }
}
