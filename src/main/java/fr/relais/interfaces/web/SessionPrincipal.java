package fr.relais.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The only thing a signed-in HTTP session holds: small and serializable, so sessions can be
 * replicated across a cluster. Roles are not kept here; they are read on every request. {@code
 * authenticatedAt}: when the provider last authenticated the user, on Relais's clock (S6), or null
 * when the provider did not say. {@code sessionRef}: the session's record on the database (F3),
 * which every request checks is still open.
 */
public record SessionPrincipal(
    UUID accountId,
    String providerId,
    String idToken,
    Instant signedInAt,
    String csrfToken,
    Instant authenticatedAt,
    UUID sessionRef)
    implements Serializable {
  public static final String ATTRIBUTE = "relais.principal";
}
