package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.IdentityService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The person's own view of her identity verification, record by record (D1, F3). */
@Path("/me/identity")
@RequestScoped
@Tag(name = "Mon dossier", description = "L'espace de la personne accompagnée")
@Produces(MediaType.APPLICATION_JSON)
public class MyIdentityResource {

  @Inject IdentityService identity;

  @GET
  @Operation(
      operationId = "getMyIdentity",
      summary = "Le niveau de vérification de mon identité et son historique")
  @APIResponse(responseCode = "200", description = "Mes dossiers et leur vérification")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public List<IdentityService.MyIdentity> mine() {
    return identity.mine();
  }
}
