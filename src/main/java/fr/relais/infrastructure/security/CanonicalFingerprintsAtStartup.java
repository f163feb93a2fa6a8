package fr.relais.infrastructure.security;

import fr.relais.application.shielding.FingerprintRekeying;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * At deployment, once the vault has checked its keystore: the identity values still hashed over
 * their exact forms are hashed again over their canonical forms (S46), before the first request
 * asks the matcher anything. On a cluster, the node that claims the job does it; the others go on.
 */
@ApplicationScoped
public class CanonicalFingerprintsAtStartup {

  @Inject FingerprintRekeying rekeying;

  void rekey(
      @Observes
          @Initialized(ApplicationScoped.class)
          @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 150)
          Object ignored) {
    rekeying.run();
  }
}
