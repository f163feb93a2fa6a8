package fr.relais.infrastructure.oidc;

/** Why a login response was refused; recorded in the journal and shown as a neutral message. */
public enum LoginFailure {
  STATE_UNKNOWN,
  PROVIDER_ERROR,
  ISSUER_MISMATCH,
  TOKEN_EXCHANGE_FAILED,
  ID_TOKEN_SIGNATURE,
  ID_TOKEN_ISSUER,
  ID_TOKEN_AUDIENCE,
  ID_TOKEN_EXPIRED,
  ID_TOKEN_NONCE,
  ID_TOKEN_INVALID,
  USERINFO_MISMATCH,
  PROVIDER_UNAVAILABLE,
  NO_ACCOUNT,
  ACCOUNT_INACTIVE
}
