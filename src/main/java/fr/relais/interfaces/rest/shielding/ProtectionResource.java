package fr.relais.interfaces.rest.shielding;

import fr.relais.application.shielding.ProtectionService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A person's protected status (F1). Unknown and forbidden files look the same: 404 (S40). Lifting
 * answers 409 without her consent and 401 {@code reauthentication-required} until the administrator
 * has signed in again (S6).
 */
@Path("/persons/{personId}/protection")
@RequestScoped
@Tag(name = "Protection", description = "Statut de personne protégée et sa levée")
@Produces(MediaType.APPLICATION_JSON)
public class ProtectionResource {

  @Inject ProtectionService protection;

  @GET
  @Operation(operationId = "getProtection", summary = "Le statut de protection de la personne")
  public ProtectionService.ProtectionView get(@PathParam("personId") PersonId personId) {
    return protection.get(personId);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "protectPerson",
      summary = "Protéger la personne, ou corriger le motif et l'ordonnance",
      description =
          "Référent de la structure, ou travailleur social habilité « dossiers protégés » qui la"
              + " suit. Ses coordonnées sont scellées à l'instant ; les bénévoles perdent son"
              + " dossier.")
  public ProtectionService.ProtectionView protect(
      @PathParam("personId") PersonId personId, ProtectionService.ProtectionInput input) {
    return protection.protect(personId, input);
  }

  @POST
  @Path("/lifting-consents")
  @Operation(
      operationId = "recordLiftingConsent",
      summary = "Enregistrer le consentement à la levée, donné en personne")
  @APIResponse(responseCode = "200", description = "Le statut, avec son consentement")
  @APIResponse(responseCode = "409", description = "La personne n'est pas protégée")
  public ProtectionService.ProtectionView consent(@PathParam("personId") PersonId personId) {
    return protection.recordConsentInPerson(personId);
  }

  @POST
  @Path("/lifting")
  @Operation(
      operationId = "liftProtection",
      summary = "Lever la protection",
      description =
          "Référent de la structure, avec le consentement de la personne et une authentification"
              + " récente (prompt=login).")
  @APIResponse(responseCode = "200", description = "Le statut, protection levée")
  @APIResponse(responseCode = "409", description = "Pas protégée, ou sans son consentement")
  public ProtectionService.ProtectionView lift(@PathParam("personId") PersonId personId) {
    return protection.lift(personId);
  }
}
