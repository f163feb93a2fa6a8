package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.AdministrationAccountService;
import fr.relais.domain.model.administration.AdministrationAccountId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tracked move of an account's address to her sub-address (E2). */
@Path("/administration-accounts/{accountId}/move")
@RequestScoped
@Tag(
    name = "Comptes administration",
    description = "Les comptes de la personne auprès de l'administration (ANEF)")
@Produces(MediaType.APPLICATION_JSON)
public class AdministrationAccountResource {

  @Inject AdministrationAccountService accounts;

  /** The step reached: {@code REQUESTED} or {@code DONE}. */
  public record Step(String step) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "moveAdministrationAccount",
      summary =
          "Passer son adresse sur sa sous-adresse : demandé, fait (confirmé par le premier message"
              + " qui y arrive)")
  @APIResponse(responseCode = "200", description = "Le compte, à l'étape atteinte")
  @APIResponse(responseCode = "409", description = "Étape déjà franchie ou hors d'ordre")
  public AdministrationAccountService.AccountView move(
      @PathParam("accountId") AdministrationAccountId accountId, Step step) {
    return accounts.move(accountId, step == null ? null : step.step());
  }
}
