package fr.relais.infrastructure.oidc;

import fr.relais.domain.model.access.ExternalIdentity;

/**
 * A login whose ID token passed every check: who the provider says this is, and the address it
 * vouches for ({@code email} with {@code email_verified} true, else null), and when the person last
 * authenticated at the provider ({@code auth_time}, S6; null when the provider did not say).
 */
public record VerifiedLogin(
    String providerId,
    ExternalIdentity identity,
    String displayName,
    String acr,
    String idToken,
    String verifiedEmail,
    java.time.Instant authTime) {}
