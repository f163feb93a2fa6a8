package fr.relais.interfaces.rest.mandate;

import fr.relais.application.mandate.MandateService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.mandate.MandateId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A mandate, its documents and its revocation (B1). */
@Path("/mandates/{mandateId}")
@RequestScoped
@Tag(name = "Mandats", description = "Mandats, consentements, révocations")
@Produces(MediaType.APPLICATION_JSON)
public class MandateResource {

  @Inject MandateService mandates;

  /** Why the mandate is revoked. */
  public record Revocation(String reason) {}

  @GET
  @Operation(operationId = "getMandate", summary = "Un mandat")
  public MandateService.MandateView get(@PathParam("mandateId") MandateId id) {
    return mandates.get(id);
  }

  @GET
  @Path("/consent-document")
  @Produces("application/pdf")
  @Operation(
      operationId = "downloadConsentDocument",
      summary = "Le document de consentement généré (PDF, à faire signer)")
  public Response consent(@PathParam("mandateId") MandateId id) {
    return attachment(mandates.consentDocument(id));
  }

  @PUT
  @Path("/evidence")
  @Consumes({"application/pdf", "image/jpeg", "image/png"})
  @Operation(
      operationId = "attachMandateEvidence",
      summary = "Joindre le consentement signé (PDF, JPEG ou PNG, 10 Mio au plus)",
      description =
          "Le mandat devient actif. Le contenu est vérifié, les métadonnées d'image retirées.")
  public MandateService.MandateView evidence(
      @PathParam("mandateId") MandateId id,
      // the media type as declared: the service inspects the content against it
      @HeaderParam("Content-Type") String type,
      byte[] body) {
    return mandates.attachEvidence(id, type, body);
  }

  @GET
  @Path("/evidence")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  @Operation(
      operationId = "downloadMandateEvidence",
      summary = "Le consentement signé, tel qu'enregistré")
  public Response evidence(@PathParam("mandateId") MandateId id) {
    return attachment(mandates.evidence(id));
  }

  @POST
  @Path("/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "revokeMandate", summary = "Révoquer tout le mandat")
  public MandateService.MandateView revoke(@PathParam("mandateId") MandateId id, Revocation r) {
    return mandates.revoke(id, r == null ? null : r.reason());
  }

  @DELETE
  @Path("/scopes/{code}")
  @Operation(operationId = "revokeMandateScope", summary = "Révoquer une démarche du mandat")
  public MandateService.MandateView revokeScope(
      @PathParam("mandateId") MandateId id, @PathParam("code") ProcedureCode code) {
    return mandates.revokeScope(id, code);
  }

  /** Documents leave only as attachments, never rendered by the browser (S60). */
  static Response attachment(MandateService.Document d) {
    return Response.ok(d.content(), d.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Digest", "sha-256=" + d.sha256())
        .build();
  }
}
