package fr.relais.interfaces.rest.shielding;

import fr.relais.application.shielding.VaultAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The sealed-data vault, for the platform operator: master keys and re-wrapping (S41). */
@Path("/vault")
@RequestScoped
@Tag(name = "Coffre", description = "Clés maîtresses du coffre des données scellées")
@Produces(MediaType.APPLICATION_JSON)
public class VaultResource {

  @Inject VaultAdministration vault;

  @GET
  @Operation(
      operationId = "getVault",
      summary = "Clé maîtresse courante et nombre de clés de données sous chaque clé")
  public VaultAdministration.Status status() {
    return vault.status();
  }

  @POST
  @Path("/rewrapping")
  @Operation(
      operationId = "rewrapVault",
      summary =
          "Rechiffre sous la clé maîtresse courante toutes les clés de données d'une autre clé"
              + " (après une rotation ; les données ne sont pas rechiffrées)")
  public VaultAdministration.Rewrapped rewrap() {
    return vault.rewrap();
  }
}
