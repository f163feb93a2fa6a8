package fr.relais.interfaces.rest.file;

import fr.relais.application.InvalidInputException;
import fr.relais.application.file.DocumentService;
import fr.relais.domain.model.document.DocumentId;
import fr.relais.domain.model.document.DocumentVersionId;
import fr.relais.interfaces.rest.ApiBodyLimitFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The documents of a person's file (F2, S60). Uploads are {@code multipart/form-data} — the title
 * travels in the body, never in a URL (S42); downloads are attachments under a generated name, with
 * {@code nosniff}.
 */
@Path("/documents")
@RequestScoped
@Tag(name = "Documents", description = "Pièces du dossier d'une personne, par versions")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  @Inject DocumentService documents;

  @GET
  @Path("types")
  @Operation(
      operationId = "listDocumentTypes",
      summary = "Les types de pièces, et ceux qui sont classifiés par nature")
  public List<DocumentService.TypeView> types() {
    return documents.types();
  }

  @POST
  @Path("{documentId}/versions")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "addDocumentVersion",
      summary = "Ajouter une version (parties file, title facultatif) ; rien n'est remplacé")
  @APIResponse(
      responseCode = "201",
      description = "La pièce, avec sa nouvelle version",
      content = @Content(schema = @Schema(implementation = DocumentService.DocumentView.class)))
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.MULTIPART_FORM_DATA,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      requiredProperties = "file",
                      properties = {
                        @SchemaProperty(
                            name = "file",
                            type = SchemaType.STRING,
                            format = "binary",
                            description = "PDF, JPEG ou PNG"),
                        @SchemaProperty(
                            name = "title",
                            type = SchemaType.STRING,
                            description = "Titre (scellé si la pièce l'est)")
                      })))
  public Response addVersion(@PathParam("documentId") DocumentId documentId, List<EntityPart> parts)
      throws IOException {
    return Response.status(201).entity(documents.addVersion(documentId, upload(parts))).build();
  }

  @POST
  @Path("{documentId}/classification")
  @Operation(
      operationId = "classifyDocument",
      summary = "Classifier la pièce (scellée ; jamais déclassifiée)")
  @APIResponse(responseCode = "200", description = "La pièce, classifiée")
  @APIResponse(responseCode = "409", description = "Déjà classifiée")
  public DocumentService.DocumentView classify(@PathParam("documentId") DocumentId documentId) {
    return documents.classify(documentId);
  }

  @GET
  @Path("versions/{versionId}/content")
  @Produces({"application/pdf", "image/jpeg", "image/png"})
  @Operation(
      operationId = "downloadDocumentVersion",
      summary = "Télécharger une version (journalisé)")
  public Response download(@PathParam("versionId") DocumentVersionId versionId) {
    return file(documents.download(versionId));
  }

  /** A version's bytes as a download, never rendered inline, never cached. */
  public static Response file(DocumentService.Download d) {
    return Response.ok(d.content(), d.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .header("Digest", "sha-256=" + d.sha256())
        .build();
  }

  static DocumentService.Upload upload(List<EntityPart> parts) throws IOException {
    if (parts == null) {
      throw new InvalidInputException("file", "required");
    }
    EntityPart file = part(parts, "file").orElseThrow(() -> missing("file"));
    byte[] content;
    try (InputStream in = file.getContent()) {
      content = in.readNBytes((int) ApiBodyLimitFilter.EVIDENCE_MAX_BYTES + 1);
    }
    return new DocumentService.Upload(
        text(parts, "type"),
        text(parts, "title"),
        Optional.ofNullable(text(parts, "classified")).map(Boolean::parseBoolean).orElse(null),
        file.getMediaType() == null ? null : file.getMediaType().toString(),
        content);
  }

  private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.getName())).findFirst();
  }

  private static String text(List<EntityPart> parts, String name) throws IOException {
    Optional<EntityPart> p = part(parts, name);
    if (p.isEmpty()) {
      return null;
    }
    try (InputStream in = p.get().getContent()) {
      byte[] b = in.readNBytes(4096);
      return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static InvalidInputException missing(String field) {
    return new InvalidInputException(field, "required");
  }
}
