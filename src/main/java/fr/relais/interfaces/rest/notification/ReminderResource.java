package fr.relais.interfaces.rest.notification;

import fr.relais.application.notification.ReminderService;
import fr.relais.application.platform.ClockControlService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the reminder job now, in test installations (clock control on, operator only). */
@Path("/test-support/reminders")
@RequestScoped
@Tag(name = "Rappels", description = "Rappels d'échéance des mandats et de majorité")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderResource {

  @Inject ReminderService reminders;
  @Inject ClockControlService clock;
  @Inject fr.relais.application.procedure.DeadlineService deadlines;

  @POST
  @Path("run")
  @Operation(
      operationId = "runReminders",
      summary = "Lancer les rappels maintenant (horloge contrôlable seulement)")
  @APIResponse(responseCode = "200", description = "Le nombre de rappels créés")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public Map<String, Integer> run() {
    clock.state(); // only where clock control is on, and only for the operator
    return Map.of("created", reminders.runDue());
  }

  @POST
  @Path("sweep")
  @Operation(
      operationId = "sweepDeadlines",
      summary = "Balayer les échéances maintenant, avec les comptes par étape")
  @APIResponse(responseCode = "200", description = "Les comptes par étape")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public fr.relais.application.procedure.DeadlineService.Sweep sweep() {
    clock.state();
    return deadlines.sweep();
  }
}
