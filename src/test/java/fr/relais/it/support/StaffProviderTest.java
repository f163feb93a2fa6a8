package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logins at the same time on the staff provider, as test classes running side by side make them:
 * every ID token carries the nonce of its own authorization request.
 */
class StaffProviderTest {

  private static final URI REDIRECT = URI.create("http://localhost:1/auth/callback");
  private static final int LOGINS = 200;

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private MockOAuth2Server provider;

  @BeforeEach
  void start() throws Exception {
    provider = StaffProvider.create();
    provider.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    provider.shutdown();
  }

  @Test
  void concurrentLoginsEachGetTheirOwnNonce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<String[]>> logins = new ArrayList<>();
      for (int i = 0; i < LOGINS; i++) {
        logins.add(pool.submit(this::oneLogin));
      }
      int matched = 0;
      for (Future<String[]> login : logins) {
        String[] sentAndReceived = login.get();
        assertEquals(sentAndReceived[0], sentAndReceived[1], "the ID token's nonce");
        matched++;
      }
      assertEquals(LOGINS, matched);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One login through the provider's form; the nonce sent and the nonce in the ID token. */
  private String[] oneLogin() throws Exception {
    authorize(new Nonce(), new CodeVerifier()); // an abandoned login: its code stays behind
    Nonce nonce = new Nonce();
    CodeVerifier verifier = new CodeVerifier();
    String code = authorize(nonce, verifier);
    TokenRequest exchange =
        new TokenRequest(
            URI.create(provider.tokenEndpointUrl(StaffProvider.ISSUER_ID).toString()),
            new ClientSecretBasic(new ClientID("relais"), new Secret("secret")),
            new AuthorizationCodeGrant(new AuthorizationCode(code), REDIRECT, verifier));
    OIDCTokenResponse tokens =
        (OIDCTokenResponse)
            OIDCTokenResponseParser.parse(exchange.toHTTPRequest().send()).toSuccessResponse();
    Object received =
        JWTParser.parse(tokens.getOIDCTokens().getIDTokenString())
            .getJWTClaimsSet()
            .getClaim("nonce");
    return new String[] {nonce.getValue(), String.valueOf(received)};
  }

  /** The login form posted for one authorization request; returns the code. */
  private String authorize(Nonce nonce, CodeVerifier verifier) throws Exception {
    URI authorizeEndpoint =
        URI.create(provider.authorizationEndpointUrl(StaffProvider.ISSUER_ID).toString());
    URI authorize =
        new AuthenticationRequest.Builder(
                new ResponseType("code"), new Scope("openid"), new ClientID("relais"), REDIRECT)
            .endpointURI(authorizeEndpoint)
            .state(new State())
            .nonce(nonce)
            .codeChallenge(verifier, CodeChallengeMethod.S256)
            .build()
            .toURI();
    HttpResponse<String> posted =
        http.send(
            HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        WebClient.encode(java.util.Map.of("username", "u", "claims", "{}"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(302, posted.statusCode(), posted.body());
    return WebClient.query(posted.headers().firstValue("Location").orElseThrow()).get("code");
  }
}
