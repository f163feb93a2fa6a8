package fr.relais.interfaces.rest.catalogue;

import fr.relais.application.catalogue.CatalogueService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The catalogue of procedure types. */
@Path("/catalogue/procedure-types")
@RequestScoped
@Tag(name = "Catalogue", description = "Types de démarches (périmètres des mandats)")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @Inject CatalogueService catalogue;

  @GET
  @Operation(
      operationId = "listProcedureTypes",
      summary = "Types de démarches actifs (tous, avec includeInactive, pour l'exploitant)")
  public List<CatalogueService.ProcedureTypeView> list(
      @QueryParam("includeInactive") boolean includeInactive) {
    return catalogue.list(includeInactive);
  }

  @PATCH
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeProcedureType",
      summary = "Modifier les libellés ou l'activation d'un type (exploitant)")
  public CatalogueService.ProcedureTypeView change(
      @PathParam("code") ProcedureCode code, CatalogueService.Change change) {
    return catalogue.change(code, change);
  }
}
