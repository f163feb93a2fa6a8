package fr.relais.interfaces.rest.notification;

import fr.relais.application.InvalidInputException;
import fr.relais.application.notification.NotificationPreferenceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How the signed-in member hears of each kind of event (H4). */
@Path("/me/notification-preferences")
@RequestScoped
@Tag(name = "Notifications", description = "Courriels sans contenu, par type d'événement")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationPreferencesResource {

  @Inject NotificationPreferenceService preferences;

  /** A change of modes, kind by kind: {@code {"modes": {"NEW_MESSAGE": "DIGEST"}}}. */
  public record PreferencesChange(Map<String, String> modes) {}

  @GET
  @Operation(
      operationId = "getNotificationPreferences",
      summary = "Comment le membre est prévenu, par type d'événement")
  public NotificationPreferenceService.Preferences get() {
    return preferences.mine();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeNotificationPreferences",
      summary = "Choisir : EACH (un courriel à chaque fois), DIGEST (un par jour), NONE")
  public NotificationPreferenceService.Preferences change(PreferencesChange change) {
    if (change == null) {
      throw new InvalidInputException("body", "required");
    }
    return preferences.change(change.modes());
  }
}
