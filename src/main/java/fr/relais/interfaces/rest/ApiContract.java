package fr.relais.interfaces.rest;

import fr.relais.interfaces.rest.person.ContactSchema;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * The part of the API's contract that is the same for every operation, written once (H2, S71): the
 * problem document every error is, and which errors an operation can answer because of what it is
 * rather than what it does. MicroProfile OpenAPI runs it on the document it builds from the
 * resources' annotations ({@code mp.openapi.filter}); the resources say the rest — each operation's
 * {@code operationId}, summary, success status, and the errors only its own rules cause (409, 423,
 * 429).
 *
 * <p>The errors added from an operation's shape, as the filters and {@link ProblemMapper} answer
 * them:
 *
 * <ul>
 *   <li>400 where it takes a body or parameters (malformed, wrong type, refused value);
 *   <li>401 and 403 where it needs a caller ({@code AuthenticationFilter}: no valid session or
 *       token; a token of an identity without an active account; then {@code AccessPolicy});
 *   <li>403 for every write ({@code SameOriginFilter} refuses one from another origin);
 *   <li>404 where its path names something by id (unknown and not visible answer the same, S40);
 *   <li>413 and 415 where it takes a body ({@link ApiBodyLimitFilter}; the media type it consumes).
 * </ul>
 *
 * <p>An error response an operation declares itself, with its own description, gets the problem
 * content here. A file an operation returns (any content but JSON) is described as bytes.
 */
public class ApiContract implements OASFilter {

  /** The package of the domain's id types, as MicroProfile OpenAPI names their schemas. */
  private static final String ID_TYPES = "fr.relais.domain.model.";

  /** The name of the problem document's schema in {@code components}. */
  public static final String PROBLEM = "Problem";

  /** The shared error responses, by status, as named in {@code components/responses}. */
  static final Map<String, String> ERRORS =
      new java.util.TreeMap<>(
          Map.of(
              "400", "BadRequest",
              "401", "Unauthorized",
              "403", "Forbidden",
              "404", "NotFound",
              "409", "Conflict",
              "413", "PayloadTooLarge",
              "415", "UnsupportedMediaType",
              "423", "Locked",
              "429", "TooManyRequests"));

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "400",
          "Requête invalide : corps mal formé ou d'une autre forme, champ ou paramètre refusé"
              + " (errors nomme chaque champ et la raison) ; rien n'a changé.",
          "401",
          "Non authentifié : ni session ni jeton valide ; ou authentification récente exigée"
              + " (reauthentication-required, avec reauthenticate).",
          "403",
          "Refusé : pas de compte actif pour cette identité, action non permise, requête venue"
              + " d'une autre origine, donnée scellée, mandat ou vérification d'identité"
              + " manquants.",
          "404",
          "Inconnu, ou pas visible pour cet utilisateur : la même réponse dans les deux cas.",
          "409",
          "En conflit avec l'état actuel (errors dit lequel), ou modifié entre-temps ; rien n'a"
              + " changé.",
          "413",
          "Corps de la requête trop volumineux.",
          "415",
          "Type de contenu non accepté.",
          "423",
          "Accès verrouillé en urgence : son espace ne montre et ne change rien.",
          "429",
          "Trop d'essais : réessayer après le délai donné par Retry-After.");

  @Override
  public void filterOpenAPI(OpenAPI api) {
    serveFromHere(api);
    new ContactSchema().filterOpenAPI(api);
    Components components = api.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      api.setComponents(components);
    }
    inlineIds(api, components);
    components.addSchema(PROBLEM, problemSchema());
    components.addSchema("ProblemViolation", violationSchema());
    for (Map.Entry<String, String> e : ERRORS.entrySet()) {
      components.addResponse(e.getValue(), sharedError(e.getKey()));
    }
    boolean securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op :
          path.getValue().getOperations().entrySet()) {
        complete(path.getKey(), op.getKey(), op.getValue(), securedByDefault);
      }
    }
  }

  /**
   * The ids a resource takes from its address are typed ({@link IdParamConverters}) and mapped to a
   * string schema in {@code META-INF/microprofile-config.properties}, which MicroProfile OpenAPI
   * names in {@code components} and references: each parameter gets the string it is on the wire,
   * inline, as it always had, and the ids' names leave the document.
   */
  private static void inlineIds(OpenAPI api, Components components) {
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      for (PathItem item : api.getPaths().getPathItems().values()) {
        inlineIds(item.getParameters());
        for (Operation op : item.getOperations().values()) {
          inlineIds(op.getParameters());
        }
      }
    }
    if (components.getSchemas() != null) {
      for (String name : List.copyOf(components.getSchemas().keySet())) {
        if (name.startsWith(ID_TYPES)) {
          components.removeSchema(name);
        }
      }
    }
  }

  private static void inlineIds(List<Parameter> parameters) {
    if (parameters == null) {
      return;
    }
    for (Parameter p : parameters) {
      Schema schema = p.getSchema();
      if (schema != null
          && schema.getRef() != null
          && schema.getRef().startsWith("#/components/schemas/" + ID_TYPES)) {
        p.setSchema(OASFactory.createSchema().addType(SchemaType.STRING));
      }
    }
  }

  private static void complete(
      String path, PathItem.HttpMethod method, Operation op, boolean securedByDefault) {
    List<SecurityRequirement> security = op.getSecurity();
    boolean secured =
        security == null
            ? securedByDefault
            : security.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
    if (!secured && security != null) {
      // An operation open to anyone (@SecurityRequirements with none): the server drops an empty
      // list, which would leave the document's own requirement on it; one empty requirement says
      // the same and is kept.
      op.setSecurity(new java.util.ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
    }
    boolean body = op.getRequestBody() != null;
    boolean parameters = op.getParameters() != null && !op.getParameters().isEmpty();
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    if (body || parameters) {
      shared(op, "400");
    }
    if (secured) {
      shared(op, "401");
    }
    if (secured || write) {
      shared(op, "403");
    }
    if (path.contains("{")) {
      shared(op, "404");
    }
    if (body) {
      shared(op, "413");
      shared(op, "415");
    }
    for (Map.Entry<String, APIResponse> r : op.getResponses().getAPIResponses().entrySet()) {
      APIResponse response = r.getValue();
      if (response.getRef() != null) {
        continue;
      }
      if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
        if (response.getContent() == null || response.getContent().getMediaTypes().isEmpty()) {
          response.setContent(problemContent());
        }
        if ("429".equals(r.getKey()) && response.getHeaders() == null) {
          response.addHeader("Retry-After", retryAfter());
        }
      } else if (response.getContent() != null) {
        describeFiles(response.getContent());
      }
    }
  }

  /** Adds the shared response for this status unless the operation declares its own. */
  private static void shared(Operation op, String status) {
    if (op.getResponses().getAPIResponse(status) == null) {
      op.getResponses()
          .addAPIResponse(
              status,
              OASFactory.createAPIResponse().ref("#/components/responses/" + ERRORS.get(status)));
    }
  }

  /** A download (a PDF, an image, a CSV, a ZIP, a mail's attachment) is bytes, whatever it is. */
  private static void describeFiles(Content content) {
    for (Map.Entry<String, MediaType> m : content.getMediaTypes().entrySet()) {
      if (!m.getKey().contains("json") && m.getValue().getSchema() == null) {
        m.getValue()
            .setSchema(OASFactory.createSchema().addType(SchemaType.STRING).format("binary"));
      }
    }
  }

  private static APIResponse sharedError(String status) {
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(DESCRIPTIONS.get(status))
            .content(problemContent());
    if ("401".equals(status)) {
      response.addHeader(
          "WWW-Authenticate",
          OASFactory.createHeader()
              .description(
                  "Bearer, avec error et max_age quand une authentification récente manque")
              .schema(OASFactory.createSchema().addType(SchemaType.STRING)));
    }
    if ("429".equals(status)) {
      response.addHeader("Retry-After", retryAfter());
    }
    return response;
  }

  private static Header retryAfter() {
    return OASFactory.createHeader()
        .description("Secondes à attendre avant l'essai suivant")
        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64"));
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problems.MEDIA_TYPE,
            OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM)));
  }

  /** RFC 9457, as {@link Problems} writes it, with the members some problems add. */
  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .description(
            "Un problème (RFC 9457) : la seule forme d'une erreur de l'API ; jamais de trace ni"
                + " de valeur soumise.")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty(
            "type",
            string("Ce qui s'est passé, stable : https://relais.invalid/problems/{code}")
                .format("uri"))
        .addProperty("title", string("Le même texte pour chaque problème de ce type"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .addType(SchemaType.INTEGER)
                .format("int32")
                .description("Le statut HTTP de la réponse"))
        .addProperty("requestId", string("À citer au support"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .addType(SchemaType.ARRAY)
                .description("Chaque champ refusé et la raison (400, 409)")
                .items(OASFactory.createSchema().ref("#/components/schemas/ProblemViolation")))
        .addProperty(
            "maxAgeSeconds",
            integer("reauthentication-required : ancienneté maximale de la connexion"))
        .addProperty(
            "reauthenticate",
            string("reauthentication-required : où se reconnecter avant de répéter la requête"))
        .addProperty(
            "minimumLevel",
            string("identity-verification-required : le niveau de vérification exigé"))
        .addProperty(
            "maxAgeDays",
            integer("identity-verification-required : ancienneté maximale de la vérification"))
        .addProperty(
            "duplicates",
            OASFactory.createSchema()
                .addType(SchemaType.ARRAY)
                .description("possible-duplicate : les dossiers semblables de la structure")
                .items(OASFactory.createSchema().addType(SchemaType.STRING)));
  }

  private static Schema violationSchema() {
    return OASFactory.createSchema()
        .addType(SchemaType.OBJECT)
        .addRequired("field")
        .addRequired("reason")
        .addProperty("field", string("Le champ tel que le client l'a envoyé, ou body"))
        .addProperty("reason", string("Pourquoi il est refusé"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
  }

  private static Schema integer(String description) {
    return OASFactory.createSchema()
        .addType(SchemaType.INTEGER)
        .format("int64")
        .description(description);
  }

  /**
   * The paths hold the whole path under the server's root, so the one server is the one that serves
   * this document (the server would otherwise list its own listeners' addresses). The document's
   * info, license and external documentation are declared on {@link RelaisApi}: the server rebuilds
   * them for its host after this filter and writes each of them, empty or not.
   */
  private static void serveFromHere(OpenAPI api) {
    api.setServers(
        new java.util.ArrayList<>(
            List.of(
                OASFactory.createServer()
                    .url("/")
                    .description("Le serveur qui sert ce document"))));
  }
}
