package fr.relais.domain.model.identity;

import java.util.List;
import java.util.UUID;

/** The verification steps of people's identities, appended only. */
public interface IdentityVerificationRepository {

  void add(IdentityVerification verification);

  /** A person's steps, newest first, at most {@code limit}. */
  List<IdentityVerification> history(UUID person, int limit);
}
