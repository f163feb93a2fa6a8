package fr.relais.interfaces.rest.platform;

import fr.relais.application.journal.JournalSealer;
import fr.relais.application.platform.TestSupportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Journal test support, for acceptance tests and benchmarks. Exists only when {@code
 * relais.clock.control-enabled} is true (never in production); otherwise answers 404.
 */
@Path("/test-support")
@RequestScoped
@Tag(name = "Support de test", description = "Horloge contrôlable (désactivée en production)")
public class TestSupportResource {

  @Inject TestSupportService support;

  /** The id of the row written. */
  public record Written(String id) {}

  /** The sequence number a rolled-back entry had drawn. */
  public record RolledBack(long seq) {}

  /** What concurrent sealer batches did. */
  public record SealRuns(List<JournalSealer.Run> runs, int claimed, int sealed) {}

  /** The checkpoint line written, or null. */
  public record CheckpointWritten(String line) {}

  @POST
  @Path("/plain-writes")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writePlainRow",
      summary = "Écriture simple d'une ligne, sans journal (référence des mesures)")
  @APIResponse(responseCode = "200", description = "La ligne écrite")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public Written plainWrite() {
    return new Written(support.plainWrite());
  }

  @POST
  @Path("/journaled-writes")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writeJournaledRow",
      summary = "La même écriture d'une ligne, avec son entrée de journal")
  @APIResponse(responseCode = "200", description = "La ligne écrite")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public Written journaledWrite() {
    return new Written(support.journaledWrite());
  }

  @POST
  @Path("/journal/rolled-back-writes")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writeRolledBackEntry",
      summary = "Entrée de journal dans une transaction annulée")
  @APIResponse(responseCode = "200", description = "Le numéro tiré puis annulé")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public RolledBack rolledBack() {
    return new RolledBack(support.rolledBackWrite());
  }

  @POST
  @Path("/journal/seal-runs")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "runConcurrentSeals",
      summary = "Lots de scellement lancés en même temps")
  @APIResponse(responseCode = "200", description = "Ce que chaque lot a scellé")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public SealRuns sealRuns(@QueryParam("parallel") Integer parallel) {
    List<JournalSealer.Run> runs = support.sealConcurrently(parallel == null ? 2 : parallel);
    return new SealRuns(
        runs,
        (int) runs.stream().filter(JournalSealer.Run::claimed).count(),
        runs.stream().mapToInt(JournalSealer.Run::sealed).sum());
  }

  @POST
  @Path("/journal/checkpoints")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "writeCheckpoint",
      summary = "Sceller ce qui attend puis écrire un point de contrôle")
  @APIResponse(responseCode = "200", description = "Le point de contrôle écrit")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public CheckpointWritten checkpoint() {
    return new CheckpointWritten(support.checkpointNow());
  }

  /** How many rows a rekeying run hashed again. */
  public record Rekeyed(int rows) {}

  @POST
  @Path("/fingerprints/rekeying")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rekeyFingerprints",
      summary = "Recalculer les empreintes encore prises sur la forme exacte (S46)")
  @APIResponse(responseCode = "200", description = "Le nombre d'empreintes recalculées")
  @APIResponse(
      responseCode = "404",
      description = "Horloge contrôlable désactivée (toujours en production)")
  public Rekeyed rekey() {
    return new Rekeyed(support.rekeyFingerprints());
  }
}
