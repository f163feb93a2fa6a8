package fr.relais.infrastructure.oidc;

import java.util.Optional;

/**
 * One configured OpenID provider, read from {@code relais.oidc.<id>.*} (environment {@code
 * RELAIS_OIDC_<ID>_*}).
 */
public record OidcProviderConfig(
    String id,
    String label,
    String discoveryUrl,
    String clientId,
    String clientSecret,
    String scope,
    Optional<String> acrValues,
    String audience) {}
