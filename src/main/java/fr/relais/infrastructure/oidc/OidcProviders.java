package fr.relais.infrastructure.oidc;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import fr.relais.domain.shared.TimeSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configured OpenID providers and what was learnt from their discovery documents. Discovery is
 * fetched lazily and cached on this node for an hour (a cache of public data, not cluster state); a
 * provider that is down does not stop the others or the application from starting.
 */
@ApplicationScoped
public class OidcProviders {

  static final int CONNECT_TIMEOUT_MS = 5_000;
  static final int READ_TIMEOUT_MS = 10_000;
  private static final Duration METADATA_TTL = Duration.ofHours(1);
  private static final Set<JWSAlgorithm> ALGORITHMS =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384);

  private final Map<String, OidcProviderConfig> configs = new LinkedHashMap<>();
  private final Map<String, Resolved> resolved = new ConcurrentHashMap<>();

  /** A provider whose discovery document was fetched and checked. */
  public record Resolved(
      OidcProviderConfig config,
      OIDCProviderMetadata metadata,
      IDTokenValidator idTokenValidator,
      DefaultJWTProcessor<SecurityContext> accessTokenProcessor,
      DefaultJWTProcessor<SecurityContext> signedUserInfoProcessor,
      Instant fetchedAt) {}

  @PostConstruct
  void load() {
    Config config = ConfigProvider.getConfig(OidcProviders.class.getClassLoader());
    String list = config.getOptionalValue("relais.oidc.providers", String.class).orElse("");
    for (String raw : list.split(",")) {
      String id = raw.trim();
      if (id.isEmpty()) {
        continue;
      }
      String prefix = "relais.oidc." + id + ".";
      String clientId = config.getValue(prefix + "client-id", String.class);
      configs.put(
          id,
          new OidcProviderConfig(
              id,
              config.getOptionalValue(prefix + "label", String.class).orElse(id),
              config.getValue(prefix + "discovery-url", String.class),
              clientId,
              config.getValue(prefix + "client-secret", String.class),
              config
                  .getOptionalValue(prefix + "scope", String.class)
                  .orElse("openid profile email"),
              config.getOptionalValue(prefix + "acr-values", String.class),
              java.util.Arrays.stream(
                      config
                          .getOptionalValue(prefix + "accepted-acr", String.class)
                          .orElse("")
                          .split("[,\\s]+"))
                  .filter(v -> !v.isBlank())
                  .collect(java.util.stream.Collectors.toUnmodifiableSet()),
              config.getOptionalValue(prefix + "audience", String.class).orElse(clientId)));
    }
  }

  public Collection<OidcProviderConfig> all() {
    return configs.values();
  }

  public Optional<OidcProviderConfig> config(String id) {
    return Optional.ofNullable(id == null ? null : configs.get(id));
  }

  /**
   * The provider's checked metadata and validators.
   *
   * @throws ProviderUnavailableException when discovery cannot be fetched or is inconsistent
   */
  public Resolved resolve(String id) throws ProviderUnavailableException {
    OidcProviderConfig config =
        config(id).orElseThrow(() -> new ProviderUnavailableException("unknown provider", null));
    Resolved current = resolved.get(id);
    if (current != null
        && current.fetchedAt().plus(METADATA_TTL).isAfter(TimeSource.machineTime())) {
      return current;
    }
    Resolved fresh = fetch(config);
    resolved.put(id, fresh);
    return fresh;
  }

  /** The provider whose issuer is exactly {@code issuer}, among those already or newly resolved. */
  public Optional<Resolved> byIssuer(String issuer) {
    if (issuer == null) {
      return Optional.empty();
    }
    for (OidcProviderConfig c : configs.values()) {
      try {
        Resolved r = resolve(c.id());
        if (r.metadata().getIssuer().getValue().equals(issuer)) {
          return Optional.of(r);
        }
      } catch (ProviderUnavailableException e) {
        // try the others
      }
    }
    return Optional.empty();
  }

  private static Resolved fetch(OidcProviderConfig config) throws ProviderUnavailableException {
    try {
      HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, new URI(config.discoveryUrl()));
      request.setConnectTimeout(CONNECT_TIMEOUT_MS);
      request.setReadTimeout(READ_TIMEOUT_MS);
      HTTPResponse response = request.send();
      if (!response.indicatesSuccess()) {
        throw new ProviderUnavailableException(
            "discovery answered " + response.getStatusCode(), null);
      }
      OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(response.getBody());
      String issuer = metadata.getIssuer().getValue();
      // Mix-up defence: the discovery document must be the issuer's own.
      if (!config.discoveryUrl().startsWith(issuer)) {
        throw new ProviderUnavailableException("discovery issuer does not match its URL", null);
      }
      URL jwks = metadata.getJWKSetURI().toURL();
      var retriever = new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS, 512 * 1024);
      IDTokenValidator idTokenValidator =
          new IDTokenValidator(
              metadata.getIssuer(),
              new ClientID(config.clientId()),
              jwsAlgorithm(metadata),
              jwks,
              retriever);
      idTokenValidator.setMaxClockSkew(60);

      JWKSource<SecurityContext> keys =
          JWKSourceBuilder.create(jwks, retriever).retrying(true).build();
      DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
      processor.setJWSTypeVerifier(
          new DefaultJOSEObjectTypeVerifier<>(
              JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
      processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
      processor.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              new java.util.HashSet<>(java.util.List.of(config.audience())),
              new JWTClaimsSet.Builder().issuer(issuer).build(),
              Set.of("sub", "exp", "iat"),
              null));
      // Some providers (ProConnect) answer userinfo with a JWT signed by the same keys.
      DefaultJWTProcessor<SecurityContext> userInfo = new DefaultJWTProcessor<>();
      userInfo.setJWSTypeVerifier(
          new DefaultJOSEObjectTypeVerifier<>(
              JOSEObjectType.JWT, new JOSEObjectType("userinfo+jwt"), null));
      userInfo.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
      userInfo.setJWTClaimsSetVerifier(
          new DefaultJWTClaimsVerifier<>(
              null, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub"), null));
      return new Resolved(
          config, metadata, idTokenValidator, processor, userInfo, TimeSource.machineTime());
    } catch (ProviderUnavailableException e) {
      throw e;
    } catch (Exception e) {
      throw new ProviderUnavailableException("discovery failed: " + e.getMessage(), e);
    }
  }

  private static JWSAlgorithm jwsAlgorithm(OIDCProviderMetadata metadata) {
    var algs = metadata.getIDTokenJWSAlgs();
    if (algs == null || algs.isEmpty() || algs.contains(JWSAlgorithm.RS256)) {
      return JWSAlgorithm.RS256;
    }
    return algs.get(0);
  }

  /** Discovery could not be fetched or did not hold together. */
  public static class ProviderUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProviderUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
