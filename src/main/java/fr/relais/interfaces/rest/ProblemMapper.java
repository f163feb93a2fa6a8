package fr.relais.interfaces.rest;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.CurrentRequest;
import fr.relais.application.FeatureDisabledException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotAuthenticatedException;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The single exception mapper of the API: every failure becomes a problem document with a status
 * that says what happened, and nothing of the server's insides (S71).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Inject CurrentRequest current;
  @Inject fr.relais.application.access.AccessPolicy policy;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.container.ResourceInfo resource;

  @Override
  public Response toResponse(Throwable thrown) {
    String requestId = requestId();
    Throwable e = unwrap(thrown);
    if (e instanceof IdParamConverters.MalformedIdException && signedIn()) {
      policy.refuseUnknown(actionOfRoute());
    }
    if (e instanceof IdParamConverters.MalformedIdException && !signedIn()) {
      // Every route that names something by id needs a caller: to no one signed in, a malformed
      // id is answered 401 like a well-formed one.
      e = new NotAuthenticatedException();
    }
    if (e instanceof NotAuthenticatedException) {
      return problem(401, "unauthorized", "Authentication required.", requestId, null)
          .header("WWW-Authenticate", "Bearer")
          .build();
    }
    if (e instanceof fr.relais.application.access.ReauthenticationRequiredException fresh) {
      // S6, RFC 9470: sign in again (prompt=login) and repeat the request; nothing was changed.
      jakarta.json.JsonObjectBuilder body =
          jakarta.json.Json.createObjectBuilder(
              Problems.of(
                  401,
                  "reauthentication-required",
                  "Sign in again to confirm this action.",
                  requestId,
                  null));
      body.add("maxAgeSeconds", fresh.maxAge().toSeconds());
      body.add("reauthenticate", "/auth/login?prompt=login");
      return Response.status(401)
          .type(Problems.MEDIA_TYPE)
          .header(
              "WWW-Authenticate",
              "Bearer error=\"insufficient_user_authentication\", max_age="
                  + fresh.maxAge().toSeconds())
          .entity(body.build().toString())
          .build();
    }
    if (e instanceof fr.relais.application.identity.IdentityVerificationRequiredException level) {
      // D1: her identity must be verified again, at this level within this time; nothing changed.
      jakarta.json.JsonObjectBuilder body =
          jakarta.json.Json.createObjectBuilder(
              Problems.of(
                  403,
                  "identity-verification-required",
                  "Her identity must be verified again before this action.",
                  requestId,
                  null));
      body.add("minimumLevel", level.level());
      body.add("maxAgeDays", level.maxAge().toDays());
      return Response.status(403).type(Problems.MEDIA_TYPE).entity(body.build().toString()).build();
    }
    if (e instanceof fr.relais.application.shielding.Vault.SealedDataUnavailableException) {
      // S41: a ciphertext this node cannot open — its master key is not in this node's keystore,
      // or it was moved from another row. Said plainly, to the operator in the log too; never a
      // value, and nothing is changed.
      LOG.log(
          Level.SEVERE,
          "Sealed data cannot be decrypted (request " + requestId + "): " + e.getMessage());
      return problem(
              503,
              "sealed-data-unavailable",
              "Protected data cannot be decrypted on this server: its vault master key is missing"
                  + " or the data was altered. The operator has been alerted.",
              requestId,
              null)
          .build();
    }
    if (e instanceof fr.relais.application.TooManyAttemptsException tooMany) {
      // S70: a delay, never a lock-out; the client is told how long.
      long seconds = Math.max(1, (tooMany.retryAfter().toMillis() + 999) / 1000);
      return problem(
              429,
              "too-many-attempts",
              "Too many attempts: try again in " + seconds + " s.",
              requestId,
              null)
          .header("Retry-After", Long.toString(seconds))
          .build();
    }
    if (e instanceof fr.relais.application.access.AccountLockedException) {
      // F6: her own access is locked; the same words whatever she asked.
      return problem(423, "locked", "This access is locked.", requestId, null).build();
    }
    if (e instanceof fr.relais.application.shielding.SealedDataException) {
      // F2: the value is sealed for this user; « masqué », and nothing about why.
      return problem(403, "sealed", "Masqué : donnée protégée.", requestId, null).build();
    }
    if (e instanceof fr.relais.application.mandate.MandateRequiredException scope) {
      // B2: what is missing is said (the procedure type), nothing of her file.
      return problem(
              403,
              "mandate-required",
              "No active mandate covers " + scope.procedureCode() + ".",
              requestId,
              null)
          .build();
    }
    if (e instanceof AccessDeniedException) {
      return problem(403, "forbidden", "This action is not allowed.", requestId, null).build();
    }
    if (e instanceof InvalidInputException invalid) {
      return problem(
              400, "invalid-input", "The request is invalid.", requestId, invalid.violations())
          .build();
    }
    if (e instanceof ConstraintViolationException cve) {
      return problem(400, "invalid-input", "The request is invalid.", requestId, violations(cve))
          .build();
    }
    if (e instanceof PayloadTooLargeException) {
      return problem(413, "payload-too-large", "The request body is too large.", requestId, null)
          .build();
    }
    if (e instanceof JsonbException || e instanceof JsonException) {
      return problem(
              400,
              "malformed-body",
              "The request body is not valid JSON of the expected shape.",
              requestId,
              null)
          .build();
    }
    if (e instanceof fr.relais.application.person.DuplicateSuspectedException dup) {
      jakarta.json.JsonObjectBuilder body =
          jakarta.json.Json.createObjectBuilder(
              Problems.of(
                  409,
                  "possible-duplicate",
                  "This structure already follows someone with the same identity.",
                  requestId,
                  null));
      body.add("duplicates", jakarta.json.Json.createArrayBuilder(dup.candidates()));
      return Response.status(409).type(Problems.MEDIA_TYPE).entity(body.build().toString()).build();
    }
    if (e instanceof fr.relais.application.ConflictException conflict
        && conflict.violation() != null) {
      return problem(
              409,
              "conflict",
              "The request conflicts with the current state.",
              requestId,
              List.of(conflict.violation()))
          .build();
    }
    if (e instanceof fr.relais.application.ConflictException
        || e instanceof jakarta.persistence.OptimisticLockException) {
      return problem(
              409,
              "conflict",
              "The object changed meanwhile; reload and try again.",
              requestId,
              null)
          .build();
    }
    if (e instanceof NotFoundException
        || e instanceof fr.relais.application.NotFoundException
        || e instanceof FeatureDisabledException) {
      return problem(404, "not-found", "No such resource.", requestId, null).build();
    }
    if (e instanceof NotAllowedException) {
      return problem(405, "method-not-allowed", "Method not allowed.", requestId, null).build();
    }
    if (e instanceof NotSupportedException) {
      return problem(415, "unsupported-media-type", "Send application/json.", requestId, null)
          .build();
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      String type = status == 400 ? "malformed-body" : "http-" + status;
      String title =
          status == 400
              ? "The request body is not valid JSON of the expected shape."
              : "Request refused.";
      return problem(status, type, title, requestId, null).build();
    }
    LOG.log(Level.SEVERE, "Unexpected error (request " + requestId + ")", thrown);
    return problem(
            500,
            "internal-error",
            "Internal error. Quote the request id to the support team.",
            requestId,
            null)
        .build();
  }

  private boolean signedIn() {
    try {
      return current.user().isPresent();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private String requestId() {
    try {
      return current.requestId();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Finds the meaningful cause inside framework wrappers; a size overrun wins over a parse error.
   */
  private static Throwable unwrap(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof PayloadTooLargeException) {
        return c;
      }
    }
    Throwable e = t;
    for (int depth = 0; e != null && depth < 10; depth++) {
      if (e instanceof NotAuthenticatedException
          || e instanceof fr.relais.application.access.ReauthenticationRequiredException
          || e instanceof fr.relais.application.access.AccountLockedException
          || e instanceof AccessDeniedException
          || e instanceof fr.relais.application.identity.IdentityVerificationRequiredException
          || e instanceof InvalidInputException
          || e instanceof FeatureDisabledException
          || e instanceof fr.relais.application.NotFoundException
          || e instanceof fr.relais.application.ConflictException
          || e instanceof fr.relais.application.person.DuplicateSuspectedException
          || e instanceof jakarta.persistence.OptimisticLockException
          || e instanceof ConstraintViolationException
          || e instanceof PayloadTooLargeException
          || e instanceof JsonbException
          || e instanceof JsonParsingException
          || e instanceof IdParamConverters.MalformedIdException) {
        return e;
      }
      e = e.getCause();
    }
    return t;
  }

  private static List<InvalidInputException.Violation> violations(ConstraintViolationException e) {
    List<InvalidInputException.Violation> list = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      list.add(new InvalidInputException.Violation(field(v.getPropertyPath()), v.getMessage()));
    }
    list.sort(java.util.Comparator.comparing(InvalidInputException.Violation::field));
    return list;
  }

  /** The field name as the client sent it: the last property node, not the Java method path. */
  private static String field(Path path) {
    String name = null;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        name = node.getName();
      } else if (node.getKind() == ElementKind.PARAMETER) {
        name = "body";
      }
    }
    return name == null ? "body" : name;
  }

  private static Response.ResponseBuilder problem(
      int status,
      String type,
      String title,
      String requestId,
      List<InvalidInputException.Violation> violations) {
    return Response.status(status)
        .type(Problems.MEDIA_TYPE)
        .entity(Problems.of(status, type, title, requestId, violations).toString());
  }

  /** The journal's action for the route that was asked ({@link JournaledAs}). */
  private String actionOfRoute() {
    java.lang.reflect.Method m = resource == null ? null : resource.getResourceMethod();
    if (m == null) {
      return "api.unknown-route";
    }
    JournaledAs named = m.getAnnotation(JournaledAs.class);
    if (named != null) {
      return named.value();
    }
    org.eclipse.microprofile.openapi.annotations.Operation op =
        m.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
    return "api." + (op != null && !op.operationId().isEmpty() ? op.operationId() : m.getName());
  }
}
