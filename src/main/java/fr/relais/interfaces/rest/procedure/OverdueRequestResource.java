package fr.relais.interfaces.rest.procedure;

import fr.relais.application.Page;
import fr.relais.application.procedure.BlockageService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The prefecture agent's view of the requests for documents past their due date (R5). */
@Path("/overdue-requests")
@RequestScoped
@Tag(
    name = "Blocages",
    description = "Blocages du téléservice, attestation et réponse de la préfecture")
@Produces(MediaType.APPLICATION_JSON)
public class OverdueRequestResource {

  @Inject BlockageService blockages;

  @GET
  @Operation(
      operationId = "listOverdueRequests",
      summary =
          "Les demandes de pièces échues des structures de mes départements (agents de préfecture)")
  public Page<BlockageService.OverdueRequestView> overdue(
      @QueryParam("after") String after, @QueryParam("limit") Integer limit) {
    return blockages.overdueRequests(after, limit);
  }
}
