package fr.relais.interfaces.rest.platform;

import fr.relais.application.platform.ClockControlService;
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

/**
 * Moves Relais's clock, for acceptance tests and demonstrations of dated rules. Exists only when
 * {@code relais.clock.control-enabled} is true (never in production); otherwise answers 404.
 */
@Path("/test-support/clock")
@RequestScoped
@Tag(name = "Support de test", description = "Horloge contrôlable (désactivée en production)")
public class ClockResource {

  @Inject ClockControlService clock;

  /** The clock's state. */
  public record ClockState(String now, long offsetSeconds) {}

  /** The offset to apply to system time, in seconds. */
  public record ClockInput(Long offsetSeconds) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getClock", summary = "Heure de Relais et décalage appliqué")
  @APIResponse(responseCode = "200", description = "L'heure de Relais")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public ClockState get() {
    ClockControlService.State s = clock.state();
    return new ClockState(s.now().toString(), s.offsetSeconds());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "shiftClock", summary = "Décaler l'horloge de Relais")
  @APIResponse(responseCode = "200", description = "L'heure de Relais, décalée")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public ClockState set(ClockInput input) {
    ClockControlService.State s = clock.shift(input == null ? null : input.offsetSeconds());
    return new ClockState(s.now().toString(), s.offsetSeconds());
  }
}
