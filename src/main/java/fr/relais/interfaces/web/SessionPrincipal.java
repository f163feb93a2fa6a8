package fr.relais.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * The only thing a signed-in HTTP session holds: small and serializable, so sessions can be
 * replicated across a cluster. Roles are not kept here; they are read on every request.
 */
public record SessionPrincipal(
    UUID accountId, String providerId, String idToken, Instant signedInAt, String csrfToken)
    implements Serializable {
  public static final String ATTRIBUTE = "relais.principal";
}
