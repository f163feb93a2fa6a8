package fr.relais.interfaces.rest.procedure;

import fr.relais.application.procedure.DeadlineService;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The structure's deadlines by urgency, with counts (C5, R5). */
@Path("/structures/{structureId}/deadlines")
@RequestScoped
@Tag(name = "Échéances", description = "Toutes les échéances des personnes suivies")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

  @Inject DeadlineService deadlines;

  @GET
  @Operation(
      operationId = "listDeadlines",
      summary = "Les échéances, les plus urgentes d'abord (pages par curseur)")
  public DeadlineService.Dashboard list(
      @PathParam("structureId") StructureId structureId,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return deadlines.dashboard(structureId, after, limit);
  }
}
