package fr.relais.interfaces.rest.shielding;

import fr.relais.application.shielding.EmergencyLockService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The emergency lock of a person's own access (F6). Unknown and forbidden files look the same: 404
 * (S40). The administrator's release answers 401 {@code reauthentication-required} until they have
 * signed in again (S6).
 */
@Path("/persons/{personId}/emergency-lock")
@RequestScoped
@Tag(name = "Verrouillage d'urgence", description = "Suspendre l'accès propre d'une personne")
@Produces(MediaType.APPLICATION_JSON)
public class EmergencyLockResource {

  @Inject EmergencyLockService locks;

  @GET
  @Operation(
      operationId = "getEmergencyLock",
      summary = "L'état du verrouillage d'urgence de son accès")
  public EmergencyLockService.LockView get(@PathParam("personId") PersonId personId) {
    return locks.get(personId);
  }

  @POST
  @Operation(
      operationId = "lockPersonAccess",
      summary = "Verrouiller son accès en urgence",
      description =
          "Termine à l'instant toutes les sessions de son compte et gèle son espace, les nouveaux"
              + " liens d'accès et les nouvelles identités liées.")
  @APIResponse(responseCode = "200", description = "Le verrou posé")
  @APIResponse(responseCode = "409", description = "Son accès est déjà verrouillé")
  public EmergencyLockService.LockView lock(@PathParam("personId") PersonId personId) {
    return locks.lock(personId);
  }

  @POST
  @Path("/release")
  @Operation(
      operationId = "releaseEmergencyLock",
      summary = "Déverrouiller (part du référent)",
      description = "Le verrou est levé quand la personne l'a aussi déverrouillé depuis son accès.")
  @APIResponse(responseCode = "200", description = "Le verrou, avec la part du référent")
  @APIResponse(responseCode = "409", description = "Son accès n'est pas verrouillé")
  public EmergencyLockService.LockView release(@PathParam("personId") PersonId personId) {
    return locks.releaseAsAdministrator(personId);
  }
}
