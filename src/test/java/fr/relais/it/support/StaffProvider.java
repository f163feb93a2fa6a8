package fr.relais.it.support;

import com.nimbusds.oauth2.sdk.TokenRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

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
            new MockWebServerWrapper()));
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
