/**
 * OpenID Connect relying party with the Nimbus OAuth 2.0/OIDC SDK (H1, S1-S4): Authorization Code
 * flow with PKCE S256, state and nonce, ID-token validation against the provider's JWKS, userinfo,
 * RP-initiated logout, and verification of bearer access tokens for the API.
 */
package fr.relais.infrastructure.oidc;
