package fr.relais.infrastructure.vault;

import fr.relais.application.shielding.Vault;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * At deployment, after the keystore is read: the keystore must open the data keys the database
 * holds (S41). A node with another keystore — a key missing, or a different key under the same name
 * — stops its deployment with the reason, rather than show every sealed value as unavailable and,
 * worse, wrap new data keys under a name that another key already wraps.
 */
@ApplicationScoped
public class VaultStartupCheck {

  @Inject Vault vault;

  void check(
      @Observes
          @Initialized(ApplicationScoped.class)
          @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 100)
          Object ignored) {
    List<String> problems = vault.selfCheck();
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "The vault keystore does not open the sealed data of this database: "
              + String.join("; ", problems)
              + ". Configure the keystore the data was sealed with (RELAIS_VAULT_KEYSTORE); see"
              + " docs/operations.md, « The sealed-data vault ».");
    }
  }
}
