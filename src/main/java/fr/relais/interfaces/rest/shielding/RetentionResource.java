package fr.relais.interfaces.rest.shielding;

import fr.relais.application.shielding.RetentionService;
import fr.relais.domain.model.shielding.RetentionRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention periods and the daily job's runs, for the platform operator (S61). */
@Path("/retention")
@RequestScoped
@Tag(name = "Conservation", description = "Durées de conservation et effacement quotidien")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

  @Inject RetentionService retention;

  @GET
  @Operation(
      operationId = "getRetention",
      summary = "Durées de conservation en vigueur et dernières exécutions")
  public RetentionService.Status status() {
    return retention.status();
  }

  @POST
  @Path("runs")
  @Operation(
      operationId = "runRetention",
      summary = "Lancer l'effacement du jour maintenant (une fois par jour)")
  @APIResponse(responseCode = "200", description = "L'exécution du jour")
  @APIResponse(
      responseCode = "409",
      description = "Un autre nœud exécute l'effacement ; réessayer dans un instant")
  public RetentionRun run() {
    return retention.runNow();
  }
}
