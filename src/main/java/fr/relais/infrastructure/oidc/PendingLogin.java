package fr.relais.infrastructure.oidc;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the browser session remembers between the redirect to the provider and the callback: the
 * single-use state and nonce, the PKCE verifier and which provider was asked (S2: mix-up defence).
 */
public record PendingLogin(
    String providerId, String state, String nonce, String codeVerifier, Instant createdAt)
    implements Serializable {}
