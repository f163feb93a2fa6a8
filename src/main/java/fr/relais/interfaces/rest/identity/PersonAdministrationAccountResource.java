package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.AdministrationAccountService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's accounts at the administration (E2). */
@Path("/persons/{personId}/administration-accounts")
@RequestScoped
@Tag(
    name = "Comptes administration",
    description = "Les comptes de la personne auprès de l'administration (ANEF)")
@Produces(MediaType.APPLICATION_JSON)
public class PersonAdministrationAccountResource {

  @Inject AdministrationAccountService accounts;

  @GET
  @Operation(
      operationId = "listAdministrationAccounts",
      summary = "Ses comptes, l'adresse que chacun utilise et s'il s'agit de sa sous-adresse")
  public List<AdministrationAccountService.AccountView> list(
      @PathParam("personId") PersonId personId) {
    return accounts.list(personId);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordAdministrationAccount",
      summary = "Enregistrer un compte : service, identifiant, adresse utilisée")
  @APIResponse(
      responseCode = "201",
      description = "Le compte enregistré",
      content =
          @Content(
              schema = @Schema(implementation = AdministrationAccountService.AccountView.class)))
  @APIResponse(responseCode = "409", description = "Ce compte est déjà enregistré")
  public Response record(
      @PathParam("personId") PersonId personId, AdministrationAccountService.NewAccount account) {
    return Response.status(201).entity(accounts.record(personId, account)).build();
  }
}
