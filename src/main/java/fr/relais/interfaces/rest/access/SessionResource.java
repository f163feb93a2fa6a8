package fr.relais.interfaces.rest.access;

import fr.relais.application.access.SessionService;
import fr.relais.domain.model.access.AccountSessionId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The current user's signed-in sessions (F3): listed, and ended one by one or all but this one. An
 * ended session stops working at its next request. Someone else's session answers 404, like one
 * that does not exist (S40).
 */
@Path("/me/sessions")
@RequestScoped
@Tag(name = "Sessions", description = "Ses sessions ouvertes, et y mettre fin")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

  @Inject SessionService sessions;

  @GET
  @Operation(
      operationId = "listMySessions",
      summary = "Ses sessions ouvertes, la plus récente d'abord")
  public List<SessionService.SessionView> list() {
    return sessions.mine();
  }

  @DELETE
  @Path("/others")
  @Operation(operationId = "endMyOtherSessions", summary = "Terminer toutes ses autres sessions")
  public Map<String, Integer> endOthers() {
    return Map.of("ended", sessions.endOthers());
  }

  @DELETE
  @Path("/{sessionId}")
  @Operation(operationId = "endMySession", summary = "Terminer une de ses sessions")
  @fr.relais.interfaces.rest.JournaledAs("session.end")
  @APIResponse(responseCode = "204", description = "Session terminée")
  public Response end(@PathParam("sessionId") AccountSessionId sessionId) {
    sessions.end(sessionId);
    return Response.noContent().build();
  }
}
