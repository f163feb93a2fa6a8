package fr.relais.infrastructure.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import fr.relais.domain.model.access.ExternalIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relying-party side of OpenID Connect, built on Nimbus. Holds no per-user state. */
@ApplicationScoped
public class OidcClient {

  /** Length in bytes of the random state and nonce (43 base64url characters, S2). */
  private static final int RANDOM_BYTES = 32;

  @Inject OidcProviders providers;

  @Inject
  @ConfigProperty(name = "relais.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The one registered redirect URI, configured rather than rebuilt from the request. */
  public URI redirectUri() {
    return URI.create(stripSlash(publicUrl) + "/auth/callback");
  }

  public URI postLogoutRedirectUri() {
    return URI.create(stripSlash(publicUrl) + "/");
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** A redirect to the provider and what the session must remember to check the answer. */
  public record Start(URI redirect, PendingLogin pending) {}

  /**
   * Builds the authorization request: code flow, PKCE S256, fresh state and nonce (S2).
   *
   * @param forceLogin asks the provider to authenticate again ({@code prompt=login}, S6), with
   *     {@code max_age} so that the ID token must say when that was ({@code auth_time}, OpenID
   *     Connect Core 3.1.2.1)
   */
  public Start begin(String providerId, boolean forceLogin, Instant now)
      throws OidcProviders.ProviderUnavailableException {
    OidcProviders.Resolved p = providers.resolve(providerId);
    State state = new State(RANDOM_BYTES);
    Nonce nonce = new Nonce(RANDOM_BYTES);
    CodeVerifier verifier = new CodeVerifier();
    var builder =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                Scope.parse(p.config().scope()),
                new ClientID(p.config().clientId()),
                redirectUri())
            .endpointURI(p.metadata().getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256);
    if (forceLogin) {
      builder.prompt(new Prompt(Prompt.Type.LOGIN)).maxAge(0);
    }
    p.config()
        .acrValues()
        .filter(v -> !v.isBlank())
        .ifPresent(
            v ->
                builder.acrValues(List.of(v.trim().split("\\s+")).stream().map(ACR::new).toList()));
    return new Start(
        builder.build().toURI(),
        new PendingLogin(providerId, state.getValue(), nonce.getValue(), verifier.getValue(), now));
  }

  /**
   * Checks the provider's answer and the tokens: exchanges the code with the PKCE verifier,
   * validates the ID token (signature against the JWKS, exact issuer, audience, expiry, nonce: S1),
   * and reads userinfo for the same subject.
   */
  public VerifiedLogin complete(PendingLogin pending, URI callback) throws LoginRefusedException {
    String id = pending.providerId();
    OidcProviders.Resolved p;
    try {
      p = providers.resolve(id);
    } catch (OidcProviders.ProviderUnavailableException e) {
      throw new LoginRefusedException(id, LoginFailure.PROVIDER_UNAVAILABLE, e);
    }
    AuthenticationSuccessResponse success;
    try {
      AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
      if (!response.indicatesSuccess()) {
        throw new LoginRefusedException(id, LoginFailure.PROVIDER_ERROR, null);
      }
      success = response.toSuccessResponse();
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new LoginRefusedException(id, LoginFailure.PROVIDER_ERROR, e);
    }
    if (success.getState() == null || !pending.state().equals(success.getState().getValue())) {
      throw new LoginRefusedException(id, LoginFailure.STATE_UNKNOWN, null);
    }
    // RFC 9207: when the provider names itself, it must be the one we asked (mix-up defence).
    if (success.getIssuer() != null && !success.getIssuer().equals(p.metadata().getIssuer())) {
      throw new LoginRefusedException(id, LoginFailure.ISSUER_MISMATCH, null);
    }
    if (success.getAuthorizationCode() == null) {
      throw new LoginRefusedException(id, LoginFailure.PROVIDER_ERROR, null);
    }

    OIDCTokens tokens;
    try {
      TokenRequest tokenRequest =
          new TokenRequest(
              p.metadata().getTokenEndpointURI(),
              clientAuthentication(p),
              new AuthorizationCodeGrant(
                  success.getAuthorizationCode(),
                  redirectUri(),
                  new CodeVerifier(pending.codeVerifier())));
      HTTPRequest http = tokenRequest.toHTTPRequest();
      http.setConnectTimeout(OidcProviders.CONNECT_TIMEOUT_MS);
      http.setReadTimeout(OidcProviders.READ_TIMEOUT_MS);
      TokenResponse tokenResponse = OIDCTokenResponseParser.parse(http.send());
      if (!tokenResponse.indicatesSuccess()) {
        throw new LoginRefusedException(id, LoginFailure.TOKEN_EXCHANGE_FAILED, null);
      }
      tokens = ((OIDCTokenResponse) tokenResponse.toSuccessResponse()).getOIDCTokens();
    } catch (LoginRefusedException e) {
      throw e;
    } catch (Exception e) {
      throw new LoginRefusedException(id, LoginFailure.TOKEN_EXCHANGE_FAILED, e);
    }

    IDTokenClaimsSet claims;
    JWT idToken = tokens.getIDToken();
    try {
      claims = p.idTokenValidator().validate(idToken, new Nonce(pending.nonce()));
    } catch (BadJOSEException e) {
      throw new LoginRefusedException(id, classify(e), e);
    } catch (JOSEException e) {
      throw new LoginRefusedException(id, LoginFailure.ID_TOKEN_INVALID, e);
    }

    // S3: the level the provider says it actually reached, whatever was asked for.
    String returnedAcr = claims.getACR() == null ? null : claims.getACR().getValue();
    if (!p.config().acceptedAcr().isEmpty() && !p.config().acceptedAcr().contains(returnedAcr)) {
      throw new LoginRefusedException(id, LoginFailure.ACR_INSUFFICIENT, null);
    }

    UserInfo userInfo = null;
    if (p.metadata().getUserInfoEndpointURI() != null) {
      try {
        HTTPRequest http =
            new UserInfoRequest(
                    p.metadata().getUserInfoEndpointURI(), tokens.getBearerAccessToken())
                .toHTTPRequest();
        http.setConnectTimeout(OidcProviders.CONNECT_TIMEOUT_MS);
        http.setReadTimeout(OidcProviders.READ_TIMEOUT_MS);
        UserInfoResponse response = UserInfoResponse.parse(http.send());
        if (!response.indicatesSuccess()) {
          throw new LoginRefusedException(id, LoginFailure.USERINFO_MISMATCH, null);
        }
        var answer = response.toSuccessResponse();
        userInfo = answer.getUserInfo();
        if (userInfo == null && answer.getUserInfoJWT() != null) {
          // A signed userinfo answer: accepted only with a valid signature from the provider.
          userInfo =
              new UserInfo(p.signedUserInfoProcessor().process(answer.getUserInfoJWT(), null));
        }
      } catch (LoginRefusedException e) {
        throw e;
      } catch (Exception e) {
        throw new LoginRefusedException(id, LoginFailure.USERINFO_MISMATCH, e);
      }
      if (userInfo == null || !claims.getSubject().equals(userInfo.getSubject())) {
        throw new LoginRefusedException(id, LoginFailure.USERINFO_MISMATCH, null);
      }
    }
    ExternalIdentity identity =
        new ExternalIdentity(claims.getIssuer().getValue(), claims.getSubject().getValue());
    String acr = claims.getACR() == null ? null : claims.getACR().getValue();
    return new VerifiedLogin(
        id,
        identity,
        displayName(claims, userInfo),
        acr,
        idToken.serialize(),
        verifiedEmail(claims, userInfo),
        claims.getAuthenticationTime() == null ? null : claims.getAuthenticationTime().toInstant());
  }

  /** HTTP Basic unless the provider only accepts the secret in the form body (ProConnect). */
  private static com.nimbusds.oauth2.sdk.auth.ClientAuthentication clientAuthentication(
      OidcProviders.Resolved p) {
    ClientID id = new ClientID(p.config().clientId());
    Secret secret = new Secret(p.config().clientSecret());
    var methods = p.metadata().getTokenEndpointAuthMethods();
    if (methods != null
        && !methods.contains(
            com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        && methods.contains(
            com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod.CLIENT_SECRET_POST)) {
      return new com.nimbusds.oauth2.sdk.auth.ClientSecretPost(id, secret);
    }
    return new ClientSecretBasic(id, secret);
  }

  private static LoginFailure classify(BadJOSEException e) {
    if (e instanceof BadJWSException) {
      return LoginFailure.ID_TOKEN_SIGNATURE;
    }
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("nonce")) {
      return LoginFailure.ID_TOKEN_NONCE;
    }
    if (m.contains("issuer")) {
      return LoginFailure.ID_TOKEN_ISSUER;
    }
    if (m.contains("audience")) {
      return LoginFailure.ID_TOKEN_AUDIENCE;
    }
    if (m.contains("expired")) {
      return LoginFailure.ID_TOKEN_EXPIRED;
    }
    if (m.contains("key") || m.contains("signature")) {
      return LoginFailure.ID_TOKEN_SIGNATURE;
    }
    return LoginFailure.ID_TOKEN_INVALID;
  }

  /** The address the provider vouches for: userinfo's, else the ID token's, if verified. */
  private static String verifiedEmail(IDTokenClaimsSet claims, UserInfo info) {
    if (info != null
        && info.getEmailAddress() != null
        && Boolean.TRUE.equals(info.getEmailVerified())) {
      return info.getEmailAddress();
    }
    Object email = claims.getClaim("email");
    Object verified = claims.getClaim("email_verified");
    if (email instanceof String address
        && (Boolean.TRUE.equals(verified) || "true".equals(verified))) {
      return address;
    }
    return null;
  }

  private static String displayName(IDTokenClaimsSet claims, UserInfo info) {
    if (info != null) {
      if (info.getName() != null && !info.getName().isBlank()) {
        return info.getName();
      }
      if (info.getGivenName() != null || info.getFamilyName() != null) {
        return (String.valueOf(Optional.ofNullable(info.getGivenName()).orElse(""))
                + " "
                + Optional.ofNullable(info.getFamilyName()).orElse(""))
            .trim();
      }
      if (info.getPreferredUsername() != null) {
        return info.getPreferredUsername();
      }
    }
    Object name = claims.getClaim("name");
    return name != null ? name.toString() : claims.getSubject().getValue();
  }

  /**
   * The provider's end-session URL with {@code id_token_hint}, {@code state} and {@code
   * post_logout_redirect_uri} (S4), or empty when the provider has no such endpoint.
   */
  public Optional<URI> endSessionUri(String providerId, String idToken) {
    try {
      OidcProviders.Resolved p = providers.resolve(providerId);
      URI endpoint = p.metadata().getEndSessionEndpointURI();
      if (endpoint == null) {
        return Optional.empty();
      }
      JWT hint = idToken == null ? null : JWTParser.parse(idToken);
      return Optional.of(
          new LogoutRequest(endpoint, hint, postLogoutRedirectUri(), new State(RANDOM_BYTES))
              .toURI());
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /**
   * Verifies a bearer access token for the API: a JWT from a configured provider (exact issuer),
   * signed by a key from that provider's JWKS, unexpired, addressed to Relais's audience.
   */
  public Optional<BearerIdentity> verifyAccessToken(String token) {
    try {
      JWT jwt = JWTParser.parse(token);
      String issuer = jwt.getJWTClaimsSet().getIssuer();
      Optional<OidcProviders.Resolved> provider = providers.byIssuer(issuer);
      if (provider.isEmpty()) {
        return Optional.empty();
      }
      JWTClaimsSet claims = provider.get().accessTokenProcessor().process(jwt, null);
      return Optional.of(
          new BearerIdentity(
              provider.get().config().id(),
              new ExternalIdentity(claims.getIssuer(), claims.getSubject()),
              claims.getClaim("name") instanceof String name ? name : null,
              authTime(claims.getClaim("auth_time"))));
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  /** The {@code auth_time} claim of an access token (seconds since the epoch), if any. */
  private static Instant authTime(Object claim) {
    if (claim instanceof Number seconds) {
      return Instant.ofEpochSecond(seconds.longValue());
    }
    if (claim instanceof java.util.Date date) {
      return date.toInstant();
    }
    return null;
  }
}
