package fr.relais.infrastructure.oidc;

import fr.relais.domain.model.access.ExternalIdentity;

/** The identity carried by a valid bearer access token. */
public record BearerIdentity(String providerId, ExternalIdentity identity) {}
