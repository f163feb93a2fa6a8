package fr.relais.interfaces.rest.procedure;

import fr.relais.application.Page;
import fr.relais.application.procedure.ProcedureService;
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

/** The structure's procedures, most urgent first (R5). */
@Path("/structures/{structureId}/procedures")
@RequestScoped
@Tag(name = "Démarches", description = "Les démarches faites pour une personne")
@Produces(MediaType.APPLICATION_JSON)
public class StructureProcedureResource {

  @Inject ProcedureService procedures;

  @GET
  @Operation(
      operationId = "listStructureProcedures",
      summary = "Ses démarches par urgence, filtrées par type, statut, membre (pages)")
  public Page<ProcedureService.ProcedureLine> list(
      @PathParam("structureId") StructureId structureId,
      @QueryParam("type") String type,
      @QueryParam("status") String status,
      @QueryParam("responsibleId") String responsibleId,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return procedures.byUrgency(structureId, type, status, responsibleId, after, limit);
  }
}
