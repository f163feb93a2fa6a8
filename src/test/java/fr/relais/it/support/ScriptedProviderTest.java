package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import fr.relais.it.support.ScriptedProvider.Tweak;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Drives {@link ScriptedProvider} over HTTP with the Nimbus client, as a relying party would. */
class ScriptedProviderTest {

  private static final String CLIENT_ID = "relais";
  private static final String CLIENT_SECRET = "relais-secret";
  private static final URI REDIRECT_URI = URI.create("http://localhost:8080/relais/callback");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private ScriptedProvider provider;
  private OIDCProviderMetadata metadata;

  /** The outcome of an authorization request, and what the client kept to finish the flow. */
  private record Authorization(AuthorizationCode code, Nonce nonce, CodeVerifier verifier) {}

  @BeforeEach
  void start() throws Exception {
    provider = ScriptedProvider.start("localhost", freePort(), "/op", CLIENT_ID, CLIENT_SECRET);
    metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()));
  }

  @AfterEach
  void stop() {
    provider.close();
  }

  @Test
  void discoveryDescribesTheProvider() {
    assertEquals(provider.issuer(), metadata.getIssuer().getValue());
    assertTrue(provider.issuer().startsWith("http://localhost:"));
    assertTrue(provider.issuer().endsWith("/op"));
    assertEquals(provider.issuer() + "/.well-known/openid-configuration", provider.discoveryUrl());
    assertEquals(
        URI.create(provider.issuer() + "/authorize"), metadata.getAuthorizationEndpointURI());
    assertEquals(URI.create(provider.issuer() + "/token"), metadata.getTokenEndpointURI());
    assertEquals(URI.create(provider.issuer() + "/userinfo"), metadata.getUserInfoEndpointURI());
    assertEquals(URI.create(provider.issuer() + "/jwks"), metadata.getJWKSetURI());
    assertEquals(
        URI.create(provider.issuer() + "/end_session"), metadata.getEndSessionEndpointURI());
    assertEquals(List.of(CodeChallengeMethod.S256), metadata.getCodeChallengeMethods());
    assertEquals(List.of(JWSAlgorithm.RS256), metadata.getIDTokenJWSAlgs());
  }

  @Test
  void honestLoginYieldsAValidIdToken() throws Exception {
    provider.nextLogin("alice", Tweak.NONE);
    Authorization authorization = authorize();

    OIDCTokenResponse tokens = successful(exchange(authorization, basicAuth()));
    IDTokenClaimsSet claims =
        validator().validate(tokens.getOIDCTokens().getIDToken(), authorization.nonce());

    assertEquals("alice", claims.getSubject().getValue());
    assertEquals("Scripted alice", claims.getStringClaim("name"));
    assertEquals("eidas1", claims.getACR().getValue());
    assertEquals(300, tokens.getOIDCTokens().getAccessToken().getLifetime());
  }

  @Test
  void loginsDefaultToAnHonestScriptedUser() throws Exception {
    Authorization authorization = authorize();

    OIDCTokenResponse tokens = successful(exchange(authorization, basicAuth()));
    IDTokenClaimsSet claims =
        validator().validate(tokens.getOIDCTokens().getIDToken(), authorization.nonce());

    assertEquals("scripted-user", claims.getSubject().getValue());
  }

  @ParameterizedTest
  @EnumSource(value = Tweak.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void spoiledIdTokensAreRefused(Tweak tweak) throws Exception {
    provider.nextLogin("mallory", tweak);
    Authorization authorization = authorize();

    JWT idToken = successful(exchange(authorization, basicAuth())).getOIDCTokens().getIDToken();

    assertThrows(
        BadJOSEException.class, () -> validator().validate(idToken, authorization.nonce()));
    // The token is refused for the intended reason: exactly that part is spoiled.
    JWTClaimsSet claims = idToken.getJWTClaimsSet();
    switch (tweak) {
      case WRONG_NONCE -> {
        assertNotEquals(authorization.nonce().getValue(), claims.getStringClaim("nonce"));
        assertTrue(claims.getStringClaim("nonce").startsWith("not-the-nonce-"));
      }
      case WRONG_AUDIENCE -> assertEquals(List.of("someone-else"), claims.getAudience());
      case WRONG_ISSUER -> assertEquals("http://evil.example/issuer", claims.getIssuer());
      case EXPIRED -> assertTrue(claims.getExpirationTime().getTime() < System.currentTimeMillis());
      case UNKNOWN_KEY ->
          assertEquals("unknown-key", idToken.getHeader().toJSONObject().get("kid"));
      default -> throw new AssertionError(tweak);
    }
  }

  @Test
  void scriptedLoginsAreConsumedInOrder() throws Exception {
    provider.nextLogin("first", Tweak.NONE);
    provider.nextLogin("second", Tweak.WRONG_AUDIENCE);

    Authorization first = authorize();
    Authorization second = authorize();

    JWT secondToken = successful(exchange(second, basicAuth())).getOIDCTokens().getIDToken();
    JWT firstToken = successful(exchange(first, basicAuth())).getOIDCTokens().getIDToken();
    assertEquals("first", validator().validate(firstToken, first.nonce()).getSubject().getValue());
    assertEquals("second", secondToken.getJWTClaimsSet().getSubject());
    assertEquals(List.of("someone-else"), secondToken.getJWTClaimsSet().getAudience());
  }

  @Test
  void clientSecretPostIsAccepted() throws Exception {
    Authorization authorization = authorize();

    TokenResponse response =
        exchange(
            authorization,
            new ClientSecretPost(new ClientID(CLIENT_ID), new Secret(CLIENT_SECRET)));

    assertTrue(response.indicatesSuccess());
  }

  @Test
  void wrongClientSecretIsRejected() throws Exception {
    Authorization authorization = authorize();

    TokenResponse response =
        exchange(authorization, new ClientSecretBasic(new ClientID(CLIENT_ID), new Secret("nope")));

    TokenErrorResponse error = assertInstanceOf(TokenErrorResponse.class, response);
    assertEquals(OAuth2Error.INVALID_CLIENT_CODE, error.getErrorObject().getCode());
    assertEquals(401, error.getErrorObject().getHTTPStatusCode());
  }

  @Test
  void replayedCodeIsRejected() throws Exception {
    Authorization authorization = authorize();
    assertTrue(exchange(authorization, basicAuth()).indicatesSuccess());

    TokenResponse replay = exchange(authorization, basicAuth());

    assertInvalidGrant(replay);
  }

  @Test
  void wrongCodeVerifierIsRejected() throws Exception {
    Authorization authorization = authorize();
    Authorization tampered =
        new Authorization(authorization.code(), authorization.nonce(), new CodeVerifier());

    assertInvalidGrant(exchange(tampered, basicAuth()));
  }

  @Test
  void authorizationWithoutNonceOrPkceIsRefused() throws Exception {
    State state = new State();
    AuthenticationRequest withoutPkce =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid"), new ClientID(CLIENT_ID), REDIRECT_URI)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(new Nonce())
            .build();
    AuthenticationRequest withoutNonce =
        new AuthenticationRequest.Builder(
                ResponseType.CODE, new Scope("openid"), new ClientID(CLIENT_ID), REDIRECT_URI)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
            .build();

    assertEquals(400, get(withoutPkce.toURI()).statusCode());
    assertEquals(400, get(withoutNonce.toURI()).statusCode());
  }

  @Test
  void userInfoAnswersToItsOwnAccessTokens() throws Exception {
    provider.nextLogin("bob", Tweak.NONE);
    OIDCTokenResponse tokens = successful(exchange(authorize(), basicAuth()));

    UserInfoResponse response = userInfo(tokens.getOIDCTokens().getBearerAccessToken());

    assertTrue(response.indicatesSuccess());
    var claims = response.toSuccessResponse().getUserInfo();
    assertEquals("bob", claims.getSubject().getValue());
    assertEquals("Scripted bob", claims.getName());
    assertEquals("bob@scripted.test", claims.getEmailAddress());
  }

  @Test
  void userInfoRefusesExpiredAndForeignAccessTokens() throws Exception {
    String expired = provider.accessToken("bob", Duration.ofMinutes(-1));
    String foreign = provider.accessTokenSignedByUnknownKey("bob");

    String fresh = provider.accessToken("bob", Duration.ofMinutes(1));

    assertEquals(401, userInfoStatus(expired));
    assertEquals(401, userInfoStatus(foreign));
    assertEquals(200, userInfoStatus(fresh));
  }

  @Test
  void endSessionIsRecordedAndRedirectsBack() throws Exception {
    String query =
        "id_token_hint=abc&post_logout_redirect_uri=http%3A%2F%2Flocalhost%2Fbye&state=s1";

    HttpResponse<String> redirected =
        get(URI.create(metadata.getEndSessionEndpointURI() + "?" + query));
    HttpResponse<String> plain = get(metadata.getEndSessionEndpointURI());

    assertEquals(302, redirected.statusCode());
    assertEquals(
        "http://localhost/bye?state=s1", redirected.headers().firstValue("Location").get());
    assertEquals(200, plain.statusCode());
    assertEquals("signed out", plain.body());
    assertEquals(List.of(query, ""), provider.endSessionRequests());
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs the front-channel step: an authorization request answered by a redirect with a code. */
  private Authorization authorize() throws Exception {
    State state = new State();
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    AuthenticationRequest request =
        new AuthenticationRequest.Builder(
                ResponseType.CODE,
                new Scope("openid", "profile", "email"),
                new ClientID(CLIENT_ID),
                REDIRECT_URI)
            .endpointURI(metadata.getAuthorizationEndpointURI())
            .state(state)
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build();

    HttpResponse<String> response = get(request.toURI());

    assertEquals(302, response.statusCode(), response::body);
    URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
    assertTrue(location.toString().startsWith(REDIRECT_URI + "?"), location::toString);
    Map<String, List<String>> params = URLUtils.parseParameters(location.getRawQuery());
    assertFalse(params.containsKey("iss"));
    AuthenticationResponse parsed = AuthenticationResponseParser.parse(location);
    AuthenticationSuccessResponse success = parsed.toSuccessResponse();
    assertEquals(state, success.getState());
    return new Authorization(success.getAuthorizationCode(), nonce, verifier);
  }

  private TokenResponse exchange(Authorization authorization, ClientAuthentication auth)
      throws Exception {
    TokenRequest request =
        new TokenRequest(
            metadata.getTokenEndpointURI(),
            auth,
            new AuthorizationCodeGrant(
                authorization.code(), REDIRECT_URI, authorization.verifier()));
    HTTPResponse response = request.toHTTPRequest().send();
    return OIDCTokenResponseParser.parse(response);
  }

  private UserInfoResponse userInfo(BearerAccessToken token) throws Exception {
    HTTPResponse response =
        new UserInfoRequest(metadata.getUserInfoEndpointURI(), token).toHTTPRequest().send();
    return UserInfoResponse.parse(response);
  }

  private int userInfoStatus(String accessToken) throws Exception {
    return new UserInfoRequest(
            metadata.getUserInfoEndpointURI(), new BearerAccessToken(accessToken))
        .toHTTPRequest()
        .send()
        .getStatusCode();
  }

  private IDTokenValidator validator() throws Exception {
    return new IDTokenValidator(
        new Issuer(provider.issuer()),
        new ClientID(CLIENT_ID),
        JWSAlgorithm.RS256,
        metadata.getJWKSetURI().toURL());
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static ClientSecretBasic basicAuth() {
    return new ClientSecretBasic(new ClientID(CLIENT_ID), new Secret(CLIENT_SECRET));
  }

  private static OIDCTokenResponse successful(TokenResponse response) {
    assertTrue(
        response.indicatesSuccess(),
        () -> response.toErrorResponse().getErrorObject().toJSONObject().toString());
    return (OIDCTokenResponse) response.toSuccessResponse();
  }

  private static void assertInvalidGrant(TokenResponse response) {
    TokenErrorResponse error = assertInstanceOf(TokenErrorResponse.class, response);
    assertEquals(OAuth2Error.INVALID_GRANT_CODE, error.getErrorObject().getCode());
    assertEquals(400, error.getErrorObject().getHTTPStatusCode());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
