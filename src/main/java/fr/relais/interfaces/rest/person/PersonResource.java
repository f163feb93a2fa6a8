package fr.relais.interfaces.rest.person;

import fr.relais.application.Page;
import fr.relais.application.person.PersonService;
import fr.relais.domain.model.person.PersonId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One accompanied person's file (A4). Unknown and forbidden look the same: 404 (S40). */
@Path("/persons/{personId}")
@RequestScoped
@Tag(name = "Personnes", description = "Personnes accompagnées et portefeuilles")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

  @Inject PersonService persons;
  @Inject fr.relais.application.file.FileExportService exports;

  /** Who follows the person. */
  public record Assignment(List<String> accountIds) {}

  @GET
  @Operation(operationId = "getPerson", summary = "Le dossier d'une personne (lecture journalisée)")
  public PersonService.PersonView get(@PathParam("personId") PersonId personId) {
    return persons.get(personId);
  }

  @GET
  @Path("/export.pdf")
  @Produces("application/pdf")
  @Operation(
      operationId = "exportPersonFile",
      summary =
          "Le dossier en PDF, tel que ce membre le voit (données scellées seulement s'il peut"
              + " les lire ; journalisé)")
  public jakarta.ws.rs.core.Response exportFile(@PathParam("personId") PersonId personId) {
    fr.relais.application.file.FileExportService.FileExport f = exports.exportFile(personId);
    return jakarta.ws.rs.core.Response.ok(f.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + f.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("/history")
  @Operation(
      operationId = "listPersonHistory",
      summary = "Qui a consulté ou agi sur ce dossier (référent de la structure)")
  public Page<PersonService.AccessEntry> history(
      @PathParam("personId") PersonId personId,
      @jakarta.ws.rs.QueryParam("before") String before,
      @jakarta.ws.rs.QueryParam("limit") Integer limit) {
    return persons.history(personId, before, limit);
  }

  @PUT
  @Path("/contact")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "replacePersonContact",
      summary =
          "Remplacer les coordonnées et lieux de vie (scellés pour une personne protégée, F2)")
  @APIResponse(responseCode = "200", description = "Le dossier, avec ses nouvelles coordonnées")
  @APIResponse(
      responseCode = "409",
      description =
          "Coordonnées gelées par un verrouillage d'urgence, ou adresse à changer par un changement sécurisé")
  public PersonService.PersonView changeContact(
      @PathParam("personId") PersonId personId, PersonService.Contact contact) {
    return persons.changeContact(personId, contact);
  }

  @PUT
  @Path("/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "assignPerson",
      summary = "Choisir les membres qui suivent la personne (référent)")
  public PersonService.PersonView assign(
      @PathParam("personId") PersonId personId, Assignment assignment) {
    return persons.assign(personId, assignment == null ? null : assignment.accountIds());
  }
}
