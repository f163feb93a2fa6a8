package fr.relais.it.support;

import com.nimbusds.oauth2.sdk.TokenRequest;
import java.net.InetAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import kotlin.jvm.functions.Function1;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpServer;
import no.nav.security.mock.oauth2.http.Ssl;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.HttpUrl;

/**
 * The local OpenID provider for members and people (mock-oauth2-server, interactive login). Every
 * login on its page is a fresh authentication, so its tokens carry {@code auth_time} = the moment
 * of the login (S6) — as a real provider's do. A login can still claim an older {@code auth_time}
 * through the page's claims field, to stand for a provider session opened long ago.
 */
public final class StaffProvider {

  /** The issuer id, the path of the issuer URL. */
  public static final String ISSUER_ID = "relais-staff";

  private StaffProvider() {}

  /** A provider, not yet started. */
  public static MockOAuth2Server create() {
    return new MockOAuth2Server(
        new OAuth2Config(
            true,
            null,
            null,
            false,
            new OAuth2TokenProvider(),
            Set.of(new WithAuthTime(ISSUER_ID)),
            new OneRequestAtATime(new MockWebServerWrapper())));
  }

  /**
   * The library keeps its authorization codes in a plain {@code HashMap} and serves each connection
   * on its own thread. Two logins at once (test classes run side by side) can then lose a code's
   * authorization request, and the token is issued without its nonce. The provider answers one
   * request at a time, as the library expects.
   */
  private static final class OneRequestAtATime implements OAuth2HttpServer {
    private final OAuth2HttpServer server;
    private final ReentrantLock lock = new ReentrantLock();

    OneRequestAtATime(OAuth2HttpServer server) {
      this.server = server;
    }

    private Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> serialised(
        Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> handler) {
      return request -> {
        lock.lock();
        try {
          return handler.invoke(request);
        } finally {
          lock.unlock();
        }
      };
    }

    @Override
    public OAuth2HttpServer start(Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> h) {
      server.start(serialised(h));
      return this;
    }

    @Override
    public OAuth2HttpServer start(
        int port, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> h) {
      server.start(port, serialised(h));
      return this;
    }

    @Override
    public OAuth2HttpServer start(
        InetAddress address, int port, Function1<? super OAuth2HttpRequest, OAuth2HttpResponse> h) {
      server.start(address, port, serialised(h));
      return this;
    }

    @Override
    public OAuth2HttpServer stop() {
      server.stop();
      return this;
    }

    @Override
    public void close() {
      server.close();
    }

    @Override
    public int port() {
      return server.port();
    }

    @Override
    public HttpUrl url(String path) {
      return server.url(path);
    }

    @Override
    public Ssl sslConfig() {
      return server.sslConfig();
    }
  }

  /** The library's default claims, plus {@code auth_time}. */
  private static final class WithAuthTime implements OAuth2TokenCallback {
    private final DefaultOAuth2TokenCallback base;

    WithAuthTime(String issuerId) {
      this.base =
          new DefaultOAuth2TokenCallback(issuerId, UUID.randomUUID().toString(), "JWT", null);
    }

    @Override
    public String issuerId() {
      return base.issuerId();
    }

    @Override
    public String subject(TokenRequest request) {
      return base.subject(request);
    }

    @Override
    public String typeHeader(TokenRequest request) {
      return base.typeHeader(request);
    }

    @Override
    public List<String> audience(TokenRequest request) {
      return base.audience(request);
    }

    @Override
    public Map<String, Object> addClaims(TokenRequest request) {
      Map<String, Object> claims = new LinkedHashMap<>(base.addClaims(request));
      claims.put("auth_time", Instant.now().getEpochSecond());
      return claims;
    }

    @Override
    public long tokenExpiry() {
      return base.tokenExpiry();
    }
  }
}
