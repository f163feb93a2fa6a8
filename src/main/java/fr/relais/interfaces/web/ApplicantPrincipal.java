package fr.relais.interfaces.web;

import fr.relais.domain.model.access.ExternalIdentity;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a session holds for someone who signed in to file their structure's request for
 * accreditation and has no account yet (A1): the identity the provider vouched for, never an email
 * (S7). Small and serializable like {@link SessionPrincipal}; once the request has created the
 * applicant's account, {@link AuthenticationFilter} replaces it with a {@link SessionPrincipal}.
 */
public record ApplicantPrincipal(
    ExternalIdentity identity,
    String displayName,
    String providerId,
    String idToken,
    Instant signedInAt,
    String csrfToken)
    implements Serializable {
  public static final String ATTRIBUTE = "relais.applicant";
}
