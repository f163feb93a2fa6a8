package fr.relais.infrastructure.oidc;

import java.util.Optional;

/**
 * One configured OpenID provider, read from {@code relais.oidc.<id>.*} (environment {@code
 * RELAIS_OIDC_<ID>_*}). {@code acceptedAcr}, when not empty, lists the authentication levels a
 * login must have reached at the provider (S3: the {@code acr} the provider returned, not the one
 * requested).
 */
public record OidcProviderConfig(
    String id,
    String label,
    String discoveryUrl,
    String clientId,
    String clientSecret,
    String scope,
    Optional<String> acrValues,
    java.util.Set<String> acceptedAcr,
    String audience) {}
