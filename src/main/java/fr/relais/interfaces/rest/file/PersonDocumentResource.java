package fr.relais.interfaces.rest.file;

import fr.relais.application.file.DocumentService;
import fr.relais.domain.model.person.PersonId;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents of one person's file: the list and a new document (F2, S60). */
@Path("/persons/{personId}/documents")
@RequestScoped
@Tag(name = "Documents", description = "Pièces du dossier d'une personne, par versions")
@Produces(MediaType.APPLICATION_JSON)
public class PersonDocumentResource {

  @Inject DocumentService documents;

  @GET
  @Operation(
      operationId = "listDocuments",
      summary = "Les pièces du dossier, les plus récentes d'abord (titres scellés masqués)")
  public List<DocumentService.DocumentView> list(@PathParam("personId") PersonId personId) {
    return documents.list(personId);
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(
      operationId = "createDocument",
      summary =
          "Ajouter une pièce (parties file, type, title, classified ; PDF, JPEG, PNG, 10 Mio)",
      description = "Contenu vérifié, métadonnées retirées ; scellée si classifiée ou protégée.")
  @APIResponse(
      responseCode = "201",
      description = "La pièce ajoutée",
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
                            name = "type",
                            type = SchemaType.STRING,
                            description = "Un des types de pièces"),
                        @SchemaProperty(
                            name = "title",
                            type = SchemaType.STRING,
                            description = "Titre (scellé si la pièce l'est)"),
                        @SchemaProperty(
                            name = "classified",
                            type = SchemaType.BOOLEAN,
                            description = "Classifiée : scellée dès l'ajout")
                      })))
  public Response add(@PathParam("personId") PersonId personId, List<EntityPart> parts)
      throws IOException {
    return Response.status(201)
        .entity(documents.add(personId, DocumentResource.upload(parts)))
        .build();
  }
}
