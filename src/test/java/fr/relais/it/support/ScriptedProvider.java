package fr.relais.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A real OpenID Connect provider, speaking HTTP, whose ID tokens can be deliberately spoiled so
 * that tests can check the relying party refuses them.
 *
 * <p>It serves discovery, the authorization code flow with PKCE (S256 only), a JWKS, userinfo and
 * an end-session endpoint for a single confidential client. What each login produces is scripted
 * beforehand with {@link #nextLogin(String, Tweak)}: the subject, and which flaw (if any) the ID
 * token carries. Access tokens can also be minted directly for bearer-token tests.
 */
public final class ScriptedProvider implements AutoCloseable {

  /**
   * The queue of scripted logins is the provider's one shared state: the classes that queue logins
   * hold this lock, so that a class running beside them never takes a login queued for them.
   */
  public static final String LOGIN_QUEUE = "scripted-provider-login-queue";

  private volatile boolean signedUserInfo;
  private final java.util.concurrent.atomic.AtomicInteger userInfoCalls =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How the ID token of a login is spoiled. */
  public enum Tweak {
    /** A valid ID token. */
    NONE,
    /** The nonce is not the one sent in the authorization request. */
    WRONG_NONCE,
    /** The audience is another client. */
    WRONG_AUDIENCE,
    /** The issuer is another provider. */
    WRONG_ISSUER,
    /** Issued two hours ago, expired one hour ago. */
    EXPIRED,
    /** Signed by a key that is not published in the JWKS. */
    UNKNOWN_KEY
  }

  private static final String DEFAULT_SUBJECT = "scripted-user";
  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
  private static final String WRONG_ISSUER = "http://evil.example/issuer";
  private static final String UNKNOWN_KID = "unknown-key";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What a login was scripted to produce. */
  private record Login(String subject, Tweak tweak) {}

  /** What an issued authorization code stands for. */
  private record Grant(String redirectUri, String nonce, String codeChallenge, Login login) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final String path;
  private final String issuer;
  private final String clientId;
  private final String clientSecret;
  private final RSAKey signingKey;
  private final RSAKey unknownKey;
  private final Queue<Login> scriptedLogins = new ConcurrentLinkedQueue<>();
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final List<String> endSessionRequests = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private ScriptedProvider(
      HttpServer server,
      ExecutorService executor,
      String host,
      String path,
      String clientId,
      String clientSecret,
      RSAKey signingKey,
      RSAKey unknownKey) {
    this.server = server;
    this.executor = executor;
    this.path = path;
    this.issuer = "http://" + host + ":" + server.getAddress().getPort() + path;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.signingKey = signingKey;
    this.unknownKey = unknownKey;
  }

  /**
   * Binds 127.0.0.1:port; the issuer is "http://" + host + ":" + port + path (host is the string
   * used in URLs, e.g. "localhost"). A port of 0 picks a free one, reflected in {@link #issuer()}.
   */
  public static ScriptedProvider start(
      String host, int port, String path, String clientId, String clientSecret) {
    if (host == null || host.isBlank() || clientId == null || clientSecret == null) {
      throw new IllegalArgumentException("host, clientId and clientSecret are required");
    }
    String normalizedPath = path == null ? "" : path.replaceAll("/+$", "");
    if (!normalizedPath.isEmpty() && !normalizedPath.startsWith("/")) {
      throw new IllegalArgumentException("path must be empty or start with '/': " + path);
    }
    RSAKey signingKey = generateKey(randomToken(8));
    RSAKey unknownKey = generateKey(UNKNOWN_KID);
    HttpServer server;
    try {
      server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot bind 127.0.0.1:" + port, e);
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            4,
            task -> {
              Thread thread = new Thread(task, "scripted-provider");
              thread.setDaemon(true);
              return thread;
            });
    ScriptedProvider provider =
        new ScriptedProvider(
            server, executor, host, normalizedPath, clientId, clientSecret, signingKey, unknownKey);
    server.createContext(normalizedPath.isEmpty() ? "/" : normalizedPath, provider::handle);
    server.setExecutor(executor);
    server.start();
    return provider;
  }

  public String issuer() {
    return issuer;
  }

  public String discoveryUrl() {
    return issuer + "/.well-known/openid-configuration";
  }

  /**
   * Queue what the NEXT authorization will produce: subject of the tokens and how the ID token is
   * spoiled. FIFO; when empty, logins use subject "scripted-user" and Tweak.NONE.
   */
  public void nextLogin(String subject, Tweak tweak) {
    if (subject == null || tweak == null) {
      throw new IllegalArgumentException("subject and tweak are required");
    }
    scriptedLogins.add(new Login(subject, tweak));
  }

  /**
   * Signs an access token (JWT, RS256, kid set) for the given subject with iss=issuer(),
   * aud=clientId, exp in {@code lifetime} (may be negative for an expired token). For bearer-token
   * API tests.
   */
  public String accessToken(String subject, Duration lifetime) {
    return sign(accessTokenClaims(subject, lifetime), signingKey);
  }

  /** Same but signed by a key that is NOT in the JWKS. */
  public String accessTokenSignedByUnknownKey(String subject) {
    return sign(accessTokenClaims(subject, TOKEN_LIFETIME), unknownKey);
  }

  /** Answer userinfo as a signed JWT ({@code application/jwt}), as ProConnect does. */
  public void signUserInfo(boolean signed) {
    this.signedUserInfo = signed;
  }

  /** How many userinfo requests were answered successfully since the provider started. */
  public int userInfoCalls() {
    return userInfoCalls.get();
  }

  /** Raw query strings received at the end-session endpoint, oldest first. */
  public List<String> endSessionRequests() {
    return List.copyOf(endSessionRequests);
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (RuntimeException e) {
        sendText(exchange, 500, "internal error: " + e);
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    String endpoint = exchange.getRequestURI().getRawPath().substring(path.length());
    String method = exchange.getRequestMethod();
    switch (endpoint) {
      case "/.well-known/openid-configuration" -> onlyGet(exchange, method, this::discovery);
      case "/authorize" -> onlyGet(exchange, method, this::authorize);
      case "/token" -> {
        if ("POST".equals(method)) {
          token(exchange);
        } else {
          sendText(exchange, 405, "POST only");
        }
      }
      case "/userinfo" -> {
        if ("GET".equals(method) || "POST".equals(method)) {
          userInfo(exchange);
        } else {
          sendText(exchange, 405, "GET or POST only");
        }
      }
      case "/jwks" -> onlyGet(exchange, method, this::jwks);
      case "/end_session" -> onlyGet(exchange, method, this::endSession);
      default -> sendText(exchange, 404, "not found");
    }
  }

  private interface Endpoint {
    void serve(HttpExchange exchange) throws IOException;
  }

  private static void onlyGet(HttpExchange exchange, String method, Endpoint endpoint)
      throws IOException {
    if ("GET".equals(method)) {
      endpoint.serve(exchange);
    } else {
      sendText(exchange, 405, "GET only");
    }
  }

  private void discovery(HttpExchange exchange) throws IOException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("issuer", issuer);
    metadata.put("authorization_endpoint", issuer + "/authorize");
    metadata.put("token_endpoint", issuer + "/token");
    metadata.put("userinfo_endpoint", issuer + "/userinfo");
    metadata.put("jwks_uri", issuer + "/jwks");
    metadata.put("end_session_endpoint", issuer + "/end_session");
    metadata.put("response_types_supported", List.of("code"));
    metadata.put("subject_types_supported", List.of("public"));
    metadata.put("id_token_signing_alg_values_supported", List.of("RS256"));
    metadata.put("code_challenge_methods_supported", List.of("S256"));
    metadata.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post"));
    metadata.put("scopes_supported", List.of("openid", "profile", "email"));
    sendJson(exchange, 200, metadata);
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, List<String>> params =
        URLUtils.parseParameters(exchange.getRequestURI().getRawQuery());
    String redirectUri = param(params, "redirect_uri");
    String state = param(params, "state");
    String nonce = param(params, "nonce");
    String challenge = param(params, "code_challenge");
    String problem = null;
    if (!"code".equals(param(params, "response_type"))) {
      problem = "response_type must be code";
    } else if (!clientId.equals(param(params, "client_id"))) {
      problem = "unknown client_id";
    } else if (redirectUri == null) {
      problem = "redirect_uri is required";
    } else if (state == null) {
      problem = "state is required";
    } else if (nonce == null) {
      problem = "nonce is required";
    } else if (challenge == null || !"S256".equals(param(params, "code_challenge_method"))) {
      problem = "PKCE with code_challenge_method=S256 is required";
    }
    if (problem != null) {
      sendText(exchange, 400, "invalid_request: " + problem);
      return;
    }
    Login login = scriptedLogins.poll();
    if (login == null) {
      login = new Login(DEFAULT_SUBJECT, Tweak.NONE);
    }
    String code = randomToken(32);
    grants.put(code, new Grant(redirectUri, nonce, challenge, login));
    String location =
        redirectUri
            + (redirectUri.contains("?") ? "&" : "?")
            + "code="
            + encode(code)
            + "&state="
            + encode(state);
    redirect(exchange, location);
  }

  private void token(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, List<String>> params = URLUtils.parseParameters(body);
    if (!clientAuthenticated(exchange, params)) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"scripted-provider\"");
      sendJson(exchange, 401, Map.of("error", "invalid_client"));
      return;
    }
    if (!"authorization_code".equals(param(params, "grant_type"))) {
      sendJson(exchange, 400, Map.of("error", "unsupported_grant_type"));
      return;
    }
    String code = param(params, "code");
    // Removing the grant makes the code single-use, even when the exchange below fails.
    Grant grant = code == null ? null : grants.remove(code);
    String verifier = param(params, "code_verifier");
    if (grant == null
        || !grant.redirectUri().equals(param(params, "redirect_uri"))
        || verifier == null
        || !MessageDigest.isEqual(
            s256(verifier).getBytes(StandardCharsets.US_ASCII),
            grant.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
      sendJson(exchange, 400, Map.of("error", "invalid_grant"));
      return;
    }
    Map<String, Object> response = new LinkedHashMap<>();
    response.put("access_token", accessToken(grant.login().subject(), TOKEN_LIFETIME));
    response.put("token_type", "Bearer");
    response.put("expires_in", TOKEN_LIFETIME.toSeconds());
    response.put("id_token", idToken(grant));
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("Pragma", "no-cache");
    sendJson(exchange, 200, response);
  }

  /** Accepts client_secret_basic (HTTP Basic) or client_secret_post. */
  private boolean clientAuthenticated(HttpExchange exchange, Map<String, List<String>> params) {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).trim()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return false;
      }
      // RFC 6749 section 2.3.1: both parts are form-urlencoded before being joined.
      String id = URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
      String secret = URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
      return clientId.equals(id) && clientSecret.equals(secret);
    }
    return clientId.equals(param(params, "client_id"))
        && clientSecret.equals(param(params, "client_secret"));
  }

  private void userInfo(HttpExchange exchange) throws IOException {
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    String subject = null;
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      subject = verifiedSubject(authorization.substring(7).trim());
    }
    if (subject == null) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
      sendJson(exchange, 401, Map.of("error", "invalid_token"));
      return;
    }
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("sub", subject);
    claims.put("name", displayName(subject));
    claims.put("given_name", "Scripted");
    claims.put("family_name", subject);
    claims.put("email", subject + "@scripted.test");
    userInfoCalls.incrementAndGet();
    if (signedUserInfo) {
      claims.put("iss", issuer);
      claims.put("aud", clientId);
      try {
        send(exchange, 200, "application/jwt", sign(JWTClaimsSet.parse(claims), signingKey));
      } catch (java.text.ParseException e) {
        throw new IOException(e);
      }
      return;
    }
    sendJson(exchange, 200, claims);
  }

  private void jwks(HttpExchange exchange) throws IOException {
    sendJson(exchange, 200, new JWKSet(signingKey.toPublicJWK()).toJSONObject(true));
  }

  private void endSession(HttpExchange exchange) throws IOException {
    String rawQuery = exchange.getRequestURI().getRawQuery();
    endSessionRequests.add(rawQuery == null ? "" : rawQuery);
    Map<String, List<String>> params = URLUtils.parseParameters(rawQuery);
    String postLogoutRedirect = param(params, "post_logout_redirect_uri");
    if (postLogoutRedirect == null) {
      sendText(exchange, 200, "signed out");
      return;
    }
    String state = param(params, "state");
    redirect(
        exchange,
        state == null
            ? postLogoutRedirect
            : postLogoutRedirect
                + (postLogoutRedirect.contains("?") ? "&" : "?")
                + "state="
                + encode(state));
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  private String idToken(Grant grant) {
    Login login = grant.login();
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(login.subject())
            .audience(List.of(clientId))
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
            .claim("nonce", grant.nonce())
            .claim("name", displayName(login.subject()))
            .claim("acr", "eidas1");
    RSAKey key = signingKey;
    switch (login.tweak()) {
      case NONE -> {}
      case WRONG_NONCE -> claims.claim("nonce", "not-the-nonce-" + randomToken(8));
      case WRONG_AUDIENCE -> claims.audience(List.of("someone-else"));
      case WRONG_ISSUER -> claims.issuer(WRONG_ISSUER);
      case EXPIRED ->
          claims
              .issueTime(Date.from(now.minus(Duration.ofHours(2))))
              .expirationTime(Date.from(now.minus(Duration.ofHours(1))));
      case UNKNOWN_KEY -> key = unknownKey;
    }
    return sign(claims.build(), key);
  }

  private JWTClaimsSet accessTokenClaims(String subject, Duration lifetime) {
    Instant now = Instant.now();
    Instant expiry = now.plus(lifetime);
    // An already expired token is made to look issued a full lifetime before its expiry.
    Instant issued = expiry.isBefore(now) ? expiry.minus(TOKEN_LIFETIME) : now;
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(subject)
        .audience(clientId)
        .issueTime(Date.from(issued))
        .expirationTime(Date.from(expiry))
        .jwtID(randomToken(16))
        .claim("client_id", clientId)
        .claim("scope", "openid profile email")
        .build();
  }

  /** The subject of an access token this provider signed with its published key, if unexpired. */
  private String verifiedSubject(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !signingKey.getKeyID().equals(jwt.getHeader().getKeyID())
          || !jwt.verify(new RSASSAVerifier(signingKey))) {
        return null;
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      Date expiry = claims.getExpirationTime();
      if (!issuer.equals(claims.getIssuer())
          || expiry == null
          || !expiry.toInstant().isAfter(Instant.now())) {
        return null;
      }
      return claims.getSubject();
    } catch (ParseException | JOSEException e) {
      return null;
    }
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .keyID(key.getKeyID())
            .type(JOSEObjectType.JWT)
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a token", e);
    }
    return jwt.serialize();
  }

  private static RSAKey generateKey(String keyId) {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(keyId)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot generate an RSA key", e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static String displayName(String subject) {
    return "Scripted " + subject;
  }

  /** BASE64URL(SHA-256(ASCII(verifier))), as in RFC 7636 section 4.2. */
  private static String s256(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64URL.encode(hash).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomToken(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return Base64URL.encode(random).toString();
  }

  /** The first non-blank value of a parameter, or null. */
  private static String param(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String value = values.get(0);
    return value == null || value.isBlank() ? null : value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
  }

  private static void sendJson(HttpExchange exchange, int status, Map<String, ?> json)
      throws IOException {
    send(exchange, status, "application/json", JSONObjectUtils.toJSONString(json));
  }

  private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", text);
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
