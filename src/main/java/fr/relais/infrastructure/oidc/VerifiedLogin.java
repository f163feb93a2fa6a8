package fr.relais.infrastructure.oidc;

import fr.relais.domain.model.access.ExternalIdentity;

/**
 * A login whose ID token passed every check: who the provider says this is, and the address it
 * vouches for ({@code email} with {@code email_verified} true, else null).
 */
public record VerifiedLogin(
    String providerId,
    ExternalIdentity identity,
    String displayName,
    String acr,
    String idToken,
    String verifiedEmail) {}
