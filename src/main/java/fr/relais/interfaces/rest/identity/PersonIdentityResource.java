package fr.relais.interfaces.rest.identity;

import fr.relais.application.identity.IdentityService;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's identity verification: the level reached, its history, in-person checks (D1). */
@Path("/persons/{personId}/identity")
@RequestScoped
@Tag(name = "Identité", description = "Vérification de l'identité des personnes accompagnées")
@Produces(MediaType.APPLICATION_JSON)
public class PersonIdentityResource {

  @Inject IdentityService identity;
  @Inject fr.relais.application.identity.PhoneCheckService phone;

  @GET
  @Operation(
      operationId = "getIdentity",
      summary = "Niveau de vérification atteint et historique complet")
  public IdentityService.IdentityView get(@PathParam("personId") PersonId personId) {
    return identity.status(personId);
  }

  @POST
  @Path("checks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordIdentityCheck",
      summary =
          "Enregistrer un contrôle en présence d'un document original (habilitation"
              + " « vérification d'identité » ; le numéro n'est jamais conservé)")
  @APIResponse(
      responseCode = "201",
      description = "Son niveau de vérification, avec ce contrôle",
      content = @Content(schema = @Schema(implementation = IdentityService.IdentityView.class)))
  public Response check(
      @PathParam("personId") PersonId personId, IdentityService.InPersonCheck check) {
    return Response.status(201).entity(identity.recordInPersonCheck(personId, check)).build();
  }

  /** What the member types: the code the caller reads out. */
  public record PhoneCheckRequest(String code) {}

  @POST
  @Path("phone-checks")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "checkPhoneCode",
      summary =
          "Vérifier au téléphone le code qu'elle a obtenu dans son propre espace (usage unique,"
              + " délai croissant entre les essais)")
  @APIResponse(responseCode = "200", description = "Le code est le bon : l'appel est confirmé")
  @APIResponse(
      responseCode = "429",
      description = "Le délai après un essai manqué n'est pas écoulé")
  public fr.relais.application.identity.PhoneCheckService.Confirmation phoneCheck(
      @PathParam("personId") PersonId personId, PhoneCheckRequest body) {
    return phone.check(personId, body == null ? null : body.code());
  }
}
