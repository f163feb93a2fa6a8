package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.relais.it.support.OpenApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API's contract as the running server serves it at {@code /openapi} (H2, S71): a valid OpenAPI
 * 3.1 document (for the OpenAPI Initiative's JSON Schema and for swagger-parser), every operation
 * named ({@code operationId}, unique) and summarised, with a success status and the problem
 * responses its shape brings — 401 and 403 where it needs a caller, 403 for every write, 404 where
 * its path names something, 400, 413 and 415 where it takes a body — each error a problem document.
 */
class ApiContractIT extends RelaisIT {

  static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  @Test
  void theServedDocumentIsValidOpenApi() throws Exception {
    SwaggerParseResult result = parse(OpenApi.document());
    assertNotNull(result.getOpenAPI(), String.valueOf(result.getMessages()));
    assertEquals(List.of(), result.getMessages(), "what the parser finds wrong in the document");
    OpenAPI api = result.getOpenAPI();
    assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
    assertNotNull(api.getInfo().getLicense().getName(), "an empty license is invalid");
    assertNotNull(api.getExternalDocs().getUrl(), "empty external documentation is invalid");
    assertEquals(List.of("/"), api.getServers().stream().map(s -> s.getUrl()).toList());
    Map<String, String> shared =
        Map.of(
            "400", "BadRequest",
            "401", "Unauthorized",
            "403", "Forbidden",
            "404", "NotFound",
            "409", "Conflict",
            "413", "PayloadTooLarge",
            "415", "UnsupportedMediaType",
            "429", "TooManyRequests");
    for (Map.Entry<String, String> e : shared.entrySet()) {
      ApiResponse r = api.getComponents().getResponses().get(e.getValue());
      assertTrue(
          r != null && r.getDescription() != null && isProblem(r),
          "the shared " + e.getKey() + " response is a problem document");
    }
    assertNotNull(api.getComponents().getSchemas().get("Problem"));
  }

  /**
   * The document against the OpenAPI 3.1 JSON Schema, as the OpenAPI Initiative publishes it
   * (https://spec.openapis.org/oas/3.1/schema/2022-10-07, kept in {@code
   * src/test/resources/openapi}).
   */
  @Test
  void theServedDocumentMatchesTheOpenApiSchema() throws Exception {
    String document = OpenApi.document();
    String version = parse(document).getOpenAPI().getOpenapi();
    assertTrue(version.startsWith("3.1."), "a document of the schema's version: " + version);
    JsonSchema schema;
    try (InputStream in =
        ApiContractIT.class.getResourceAsStream("/openapi/schema-3.1-2022-10-07.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(document, InputFormat.JSON);
    assertEquals(Set.of(), errors, "where the document breaks the OpenAPI 3.1 schema");
  }

  @Test
  void everyOperationIsNamedSummarisedAndListsItsErrors() throws Exception {
    String document = OpenApi.document();
    OpenAPI api = parse(document).getOpenAPI();
    // An operation open to anyone declares one empty security requirement: read it raw.
    JsonNode raw = new ObjectMapper().readTree(document).get("paths");
    Map<String, String> ids = new HashMap<>();
    List<String> faults = new ArrayList<>();
    int operations = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> e :
          path.getValue().readOperationsMap().entrySet()) {
        operations++;
        String where = e.getKey() + " " + path.getKey();
        Operation op = e.getValue();
        if (op.getOperationId() == null || op.getOperationId().isBlank()) {
          faults.add(where + ": no operationId");
        } else if (ids.put(op.getOperationId(), where) != null) {
          faults.add(where + ": operationId " + op.getOperationId() + " used twice");
        } else if (!op.getOperationId().matches("[a-z][A-Za-z0-9]*")) {
          faults.add(where + ": operationId " + op.getOperationId() + " is not camelCase");
        }
        if (op.getSummary() == null || op.getSummary().isBlank()) {
          faults.add(where + ": no summary");
        }
        Map<String, ApiResponse> responses = op.getResponses();
        if (responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
          faults.add(where + ": no success status");
        }
        JsonNode security =
            raw.get(path.getKey())
                .get(e.getKey().name().toLowerCase(java.util.Locale.ROOT))
                .get("security");
        boolean secured = true;
        if (security != null) {
          secured = false;
          for (JsonNode requirement : security) {
            secured |= !requirement.isEmpty();
          }
        }
        boolean write = e.getKey() != PathItem.HttpMethod.GET;
        boolean body = op.getRequestBody() != null;
        for (String status : expectedErrors(path.getKey(), secured, write, body)) {
          if (!responses.containsKey(status)) {
            faults.add(where + ": no " + status);
          }
        }
        for (Map.Entry<String, ApiResponse> r : responses.entrySet()) {
          if (r.getKey().startsWith("4") && !isProblem(resolve(api, r.getValue()))) {
            faults.add(where + ": its " + r.getKey() + " is not a problem document");
          }
          if (r.getKey().equals("201") && resolve(api, r.getValue()).getDescription() == null) {
            faults.add(where + ": its 201 says nothing of what it created");
          }
        }
      }
    }
    assertTrue(operations > 100, "the whole API is described: " + operations);
    assertEquals(List.of(), faults);
  }

  @Test
  void theSuccessStatusesAreTheOnesTheEndpointsAnswer() throws Exception {
    OpenAPI api = parse(OpenApi.document()).getOpenAPI();
    // Creations that answer 201 with the new resource's Location.
    for (String creation :
        List.of(
            "POST /api/v1/structures",
            "POST /api/v1/accreditation-requests",
            "POST /api/v1/structures/{structureId}/persons",
            "POST /api/v1/structures/{structureId}/invitations",
            "POST /api/v1/prefecture-agents/invitations",
            "POST /api/v1/persons/{personId}/mandates",
            "POST /api/v1/persons/{personId}/procedures",
            "POST /api/v1/persons/{personId}/blocked-persons",
            "POST /api/v1/persons/{personId}/access/links")) {
      ApiResponse created = response(api, creation, "201");
      assertNotNull(created, creation + " answers 201");
      assertNotNull(
          created.getHeaders() == null ? null : created.getHeaders().get("Location"),
          creation + " gives the Location of what it created");
    }
    // Actions that answer 204 with no body.
    for (String done :
        List.of(
            "DELETE /api/v1/me/sessions/{sessionId}",
            "POST /api/v1/messages/{messageId}/discard",
            "DELETE /api/v1/persons/{personId}/access/links",
            "POST /api/v1/persons/{personId}/access/revocation",
            "DELETE /api/v1/structures/{structureId}/invitations/{invitationId}",
            "DELETE /api/v1/prefecture-agents/invitations/{invitationId}",
            "DELETE /api/v1/persons/{personId}/blocked-persons/{entryId}")) {
      ApiResponse none = response(api, done, "204");
      assertNotNull(none, done + " answers 204");
      assertTrue(none.getContent() == null || none.getContent().isEmpty(), done + ": no body");
    }
  }

  private static ApiResponse response(OpenAPI api, String operation, String status) {
    String[] parts = operation.split(" ", 2);
    PathItem item = api.getPaths().get(parts[1]);
    assertNotNull(item, operation);
    Operation op = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(parts[0]));
    assertNotNull(op, operation);
    ApiResponse r = op.getResponses().get(status);
    return r == null ? null : resolve(api, r);
  }

  /** The errors an operation's shape brings, as the server's filters answer them. */
  private static Set<String> expectedErrors(
      String path, boolean secured, boolean write, boolean body) {
    Set<String> expected = new java.util.TreeSet<>();
    if (secured) {
      expected.add("401");
    }
    if (secured || write) {
      expected.add("403");
    }
    if (path.contains("{")) {
      expected.add("404");
    }
    if (body) {
      expected.addAll(List.of("400", "413", "415"));
    }
    return expected;
  }

  private static ApiResponse resolve(OpenAPI api, ApiResponse r) {
    if (r.get$ref() == null) {
      return r;
    }
    String name = r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1);
    return api.getComponents().getResponses().get(name);
  }

  private static boolean isProblem(ApiResponse r) {
    return r != null
        && r.getContent() != null
        && r.getContent().get("application/problem+json") != null
        && r.getContent().get("application/problem+json").getSchema() != null;
  }
}
