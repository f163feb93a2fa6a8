package fr.relais.interfaces.rest.person;

import fr.relais.application.Page;
import fr.relais.application.person.MyFileService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The accompanied person's own file: their mandates, revoking them, and who accessed it. */
@Path("/my-file")
@RequestScoped
@Tag(name = "Mon dossier", description = "Pour la personne accompagnée elle-même")
@Produces(MediaType.APPLICATION_JSON)
public class MyFileResource {

  @Inject fr.relais.application.procedure.ProcedureService procedures;
  @Inject MyFileService file;
  @Inject fr.relais.application.shielding.ProtectionService protection;
  @Inject fr.relais.application.shielding.EmergencyLockService locks;

  /** Why the person revokes the mandate (optional). */
  public record Revocation(String reason) {}

  @GET
  @Operation(operationId = "getMyFile", summary = "Mes dossiers et les mandats que j'ai donnés")
  @APIResponse(responseCode = "200", description = "Mes dossiers et mes mandats")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public List<MyFileService.MyRecord> myFile() {
    return file.myFile();
  }

  @GET
  @Path("/records/{personId}/procedures")
  @org.eclipse.microprofile.openapi.annotations.Operation(
      operationId = "listMyProcedures",
      summary = "Mes démarches, leur statut et leur historique")
  @APIResponse(responseCode = "200", description = "Mes démarches")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public java.util.List<fr.relais.application.procedure.ProcedureService.ProcedureView> procedures(
      @PathParam("personId") PersonId personId) {
    return procedures.mine(personId);
  }

  @GET
  @Path("/history")
  @Operation(operationId = "listMyFileHistory", summary = "Qui a consulté ou agi sur mon dossier")
  @APIResponse(
      responseCode = "200",
      description = "Les accès à mon dossier, les plus récents d'abord")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public Page<MyFileService.MyAccessEntry> history(
      @QueryParam("before") String before, @QueryParam("limit") Integer limit) {
    return file.history(before, limit);
  }

  @POST
  @Path("/mandates/{mandateId}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "revokeMyMandate", summary = "Révoquer un mandat que j'ai donné")
  @APIResponse(responseCode = "200", description = "Le mandat, révoqué")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public MyFileService.MyMandate revoke(@PathParam("mandateId") MandateId id, Revocation r) {
    return file.revoke(id, r == null ? null : r.reason());
  }

  @DELETE
  @Path("/mandates/{mandateId}/scopes/{code}")
  @Operation(
      operationId = "revokeMyMandateScope",
      summary = "Retirer une démarche d'un mandat que j'ai donné")
  @APIResponse(responseCode = "200", description = "Le mandat, sans cette démarche")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public MyFileService.MyMandate revokeScope(
      @PathParam("mandateId") MandateId id, @PathParam("code") ProcedureCode code) {
    return file.revokeScope(id, code);
  }

  @POST
  @Path("/records/{personId}/protection/lifting-consent")
  @Operation(
      operationId = "consentToMyProtectionLifting",
      summary = "Consentir à la levée de ma protection",
      description =
          "La levée demande aussi le référent de la structure, qui se reconnecte pour la"
              + " confirmer (F1, S6).")
  @APIResponse(responseCode = "204", description = "Consentement enregistré")
  @APIResponse(responseCode = "409", description = "Le dossier n'est pas protégé")
  @APIResponse(responseCode = "423", description = "Son accès est verrouillé en urgence")
  public Response consentToLifting(@PathParam("personId") PersonId personId) {
    protection.consentFromOwnAccount(personId);
    return Response.noContent().build();
  }

  @POST
  @Path("/records/{personId}/emergency-lock")
  @Operation(
      operationId = "lockMyAccess",
      summary = "Verrouiller mon accès en urgence",
      description = "Termine toutes mes sessions, y compris celle-ci (F6).")
  @APIResponse(
      responseCode = "204",
      description = "Accès verrouillé ; cette session aussi est terminée")
  public Response lock(@PathParam("personId") PersonId personId) {
    locks.lockFromOwnAccount(personId);
    return Response.noContent().build();
  }

  @GET
  @Path("/emergency-locks")
  @Operation(
      operationId = "listMyEmergencyLocks",
      summary = "Mes dossiers dont l'accès est verrouillé")
  public List<fr.relais.application.shielding.EmergencyLockService.LockedRecord> locked() {
    return locks.myLockedRecords();
  }

  @POST
  @Path("/records/{personId}/emergency-lock/release")
  @Operation(
      operationId = "releaseMyEmergencyLock",
      summary = "Déverrouiller mon accès (ma part)",
      description = "Le verrou est levé quand le référent de la structure l'a aussi déverrouillé.")
  @APIResponse(responseCode = "204", description = "Ma part du déverrouillage est faite")
  @APIResponse(responseCode = "409", description = "Mon accès n'est pas verrouillé")
  public Response release(@PathParam("personId") PersonId personId) {
    locks.releaseFromOwnAccount(personId);
    return Response.noContent().build();
  }
}
