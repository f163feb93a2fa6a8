package fr.relais.interfaces.rest.access;

import fr.relais.application.InvalidInputException;
import fr.relais.application.access.ProfileService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user. */
@Path("/me")
@RequestScoped
@Tag(name = "Compte", description = "L'utilisateur connecté")
public class MeResource {

  @Inject ProfileService profiles;
  @Inject fr.relais.application.notification.ReminderService reminders;

  @GET
  @Path("/reminders")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "listMyReminders",
      summary = "Mes rappels (échéances de mandats, majorités)")
  public java.util.List<fr.relais.application.notification.ReminderService.ReminderView>
      reminders() {
    return reminders.mine();
  }

  /** What the API accepts to change preferences. */
  public record PreferencesInput(String locale) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getMe", summary = "Qui suis-je : compte, rôle, structure")
  @APIResponse(responseCode = "200", description = "Le profil")
  @APIResponse(responseCode = "401", description = "Non authentifié")
  public ProfileService.ProfileView me() {
    return profiles.me();
  }

  @PUT
  @Path("/preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updatePreferences",
      summary = "Choisir la langue de l'interface (fr, en)")
  @APIResponse(responseCode = "200", description = "Le profil mis à jour")
  @APIResponse(responseCode = "400", description = "Entrée invalide (problem+json)")
  public ProfileService.ProfileView updatePreferences(PreferencesInput input) {
    if (input == null) {
      throw new InvalidInputException("body", "required");
    }
    if (input.locale() == null) {
      throw new InvalidInputException("locale", "required");
    }
    return profiles.changeLocale(input.locale());
  }
}
