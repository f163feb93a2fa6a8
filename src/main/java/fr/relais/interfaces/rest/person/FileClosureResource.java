package fr.relais.interfaces.rest.person;

import fr.relais.application.person.FileClosureService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The closure of a person's file, which starts the retention periods (S61). */
@Path("/persons/{personId}/closure")
@RequestScoped
@Tag(name = "Personnes", description = "Personnes accompagnées")
@Produces(MediaType.APPLICATION_JSON)
public class FileClosureResource {

  /** The body of a closure: one of {@code ClosureReason}. */
  public record CloseRequest(String reason) {}

  @Inject FileClosureService closures;

  @GET
  @Operation(
      operationId = "getFileClosure",
      summary = "État du dossier : ouvert, ou clos avec les dates d'effacement")
  public FileClosureService.Closure get(@PathParam("personId") PersonId personId) {
    return closures.status(personId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "closeFile",
      summary = "Clore le dossier (le délai de conservation commence)")
  @APIResponse(responseCode = "200", description = "Le dossier, clos")
  @APIResponse(responseCode = "409", description = "Dossier déjà clos")
  public FileClosureService.Closure close(
      @PathParam("personId") PersonId personId, CloseRequest body) {
    return closures.close(personId, body == null ? null : body.reason());
  }

  @DELETE
  @Operation(
      operationId = "reopenFile",
      summary = "Rouvrir le dossier (le délai de conservation s'arrête)")
  @APIResponse(responseCode = "200", description = "Le dossier, rouvert")
  @APIResponse(responseCode = "409", description = "Le dossier n'est pas clos")
  public FileClosureService.Closure reopen(@PathParam("personId") PersonId personId) {
    return closures.reopen(personId);
  }
}
