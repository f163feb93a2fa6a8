package fr.relais.interfaces.rest.procedure;

import fr.relais.application.procedure.ProcedureService;
import fr.relais.domain.model.procedure.ProcedureId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One procedure: its timeline, its actions, requests for documents and attestations (C2-C6). */
@Path("/procedures/{procedureId}")
@RequestScoped
@Tag(name = "Démarches", description = "Les démarches faites pour une personne")
@Produces(MediaType.APPLICATION_JSON)
public class ProcedureResource {

  @Inject ProcedureService procedures;
  @Inject fr.relais.application.procedure.BlockageService blockages;

  @GET
  @Operation(operationId = "getProcedure", summary = "La démarche et son historique complet")
  public ProcedureService.ProcedureView get(@PathParam("procedureId") ProcedureId procedureId) {
    return procedures.get(procedureId);
  }

  @POST
  @Path("actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "actOnProcedure",
      summary = "Déposer, rectifier, compléter, noter un statut, annuler, lever un gel après revue")
  @APIResponse(responseCode = "200", description = "La démarche, après l'action")
  @APIResponse(
      responseCode = "409",
      description = "Impossible dans le statut actuel de la démarche (errors dit pourquoi)")
  public ProcedureService.ProcedureView act(
      @PathParam("procedureId") ProcedureId procedureId, ProcedureService.Action action) {
    return procedures.act(procedureId, action);
  }

  @POST
  @Path("document-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordDocumentRequest",
      summary = "Enregistrer une demande de pièces (échéance : 30 jours par défaut)")
  @APIResponse(responseCode = "200", description = "La démarche, avec la demande de pièces")
  @APIResponse(
      responseCode = "409",
      description = "Impossible dans le statut actuel de la démarche (errors dit pourquoi)")
  public ProcedureService.ProcedureView requestDocuments(
      @PathParam("procedureId") ProcedureId procedureId, ProcedureService.NewRequest request) {
    return procedures.requestDocuments(procedureId, request);
  }

  @POST
  @Path("messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "attachProcedureMessage",
      summary =
          "Rattacher un message de son dossier (une demande de pièces qu'il contient fixe"
              + " l'échéance)")
  @APIResponse(responseCode = "200", description = "La démarche, avec le message")
  @APIResponse(responseCode = "409", description = "Message déjà rattaché")
  public ProcedureService.ProcedureView attachMessage(
      @PathParam("procedureId") ProcedureId procedureId, ProcedureService.MessageLink link) {
    return procedures.attachMessage(procedureId, link);
  }

  @POST
  @Path("attestations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordAttestation",
      summary = "Enregistrer une attestation (dépôt, prolongation d'instruction, décision)")
  @APIResponse(responseCode = "200", description = "La démarche, avec l'attestation")
  @APIResponse(
      responseCode = "409",
      description = "Impossible dans le statut actuel de la démarche (errors dit pourquoi)")
  public ProcedureService.ProcedureView attest(
      @PathParam("procedureId") ProcedureId procedureId, ProcedureService.NewAttestation input) {
    return procedures.attest(procedureId, input);
  }

  @POST
  @Path("blockages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reportBlockage",
      summary = "Signaler un blocage du téléservice, avec ses preuves")
  @APIResponse(
      responseCode = "201",
      description = "Le blocage signalé",
      content =
          @Content(
              schema =
                  @Schema(
                      implementation =
                          fr.relais.application.procedure.BlockageService.BlockageView.class)))
  public jakarta.ws.rs.core.Response record(
      @PathParam("procedureId") ProcedureId procedureId,
      fr.relais.application.procedure.BlockageService.NewBlockage input) {
    return jakarta.ws.rs.core.Response.status(201)
        .entity(blockages.record(procedureId, input))
        .build();
  }

  @GET
  @Path("blockages")
  @Operation(operationId = "listProcedureBlockages", summary = "Les blocages d'une démarche")
  public java.util.List<fr.relais.application.procedure.BlockageService.BlockageView> list(
      @PathParam("procedureId") ProcedureId procedureId) {
    return blockages.ofProcedure(procedureId);
  }
}
