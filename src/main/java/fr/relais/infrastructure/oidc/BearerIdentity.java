package fr.relais.infrastructure.oidc;

import fr.relais.domain.model.access.ExternalIdentity;

/**
 * The identity carried by a valid bearer access token, with the {@code name} claim when the token
 * has one (shown, never used to identify), and its {@code auth_time} when it carries one (S6).
 */
public record BearerIdentity(
    String providerId, ExternalIdentity identity, String displayName, java.time.Instant authTime) {}
