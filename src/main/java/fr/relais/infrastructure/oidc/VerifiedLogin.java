package fr.relais.infrastructure.oidc;

import fr.relais.domain.model.access.ExternalIdentity;

/** A login whose ID token passed every check: who the provider says this is. */
public record VerifiedLogin(
    String providerId, ExternalIdentity identity, String displayName, String acr, String idToken) {}
