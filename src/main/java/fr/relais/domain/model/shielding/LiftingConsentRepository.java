package fr.relais.domain.model.shielding;

import java.util.Optional;
import java.util.UUID;

/** Consents to lifting a protection (F1). */
public interface LiftingConsentRepository {

  void add(LiftingConsent consent);

  /** The person's most recent consent not yet used, locked for the caller's transaction. */
  Optional<LiftingConsent> latestUnused(UUID personId);
}
