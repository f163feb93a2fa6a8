package fr.relais.interfaces.rest.person;

import fr.relais.application.Page;
import fr.relais.application.person.PersonService;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A structure's accompanied people: the caseload list and new records (A4). */
@Path("/structures/{structureId}/persons")
@RequestScoped
@Tag(name = "Personnes", description = "Personnes accompagnées et portefeuilles")
@Produces(MediaType.APPLICATION_JSON)
public class CaseloadResource {

  @Inject PersonService persons;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri;
  @Inject fr.relais.application.mandate.MandateService mandates;

  @GET
  @Path("/export.csv")
  @Produces("text/csv")
  @Operation(
      operationId = "exportCaseload",
      summary = "Exporter le portefeuille (CSV)",
      description =
          "Les personnes que le membre voit dans la liste, par ordre alphabétique. Aucune donnée"
              + " scellée : les coordonnées d'une personne protégée sont « masqué » ; sans"
              + " l'habilitation « dossiers protégés », son nom et qu'elle est protégée seulement."
              + " Journalisé.")
  public Response export(@PathParam("structureId") StructureId structureId)
      throws java.io.IOException {
    return CaseloadCsv.response(persons, structureId);
  }

  @GET
  @Operation(
      operationId = "listCaseload",
      summary = "Portefeuille (par nom, pagination par curseur)",
      description =
          "Les travailleurs sociaux et bénévoles voient leur portefeuille, le référent toute la"
              + " structure. q : début du nom, numéro étranger, adresse électronique ou téléphone"
              + " exacts (préférer POST /search pour ces deux derniers) ; after : curseur de la"
              + " page précédente.")
  public Page<PersonService.PersonSummary> list(
      @PathParam("structureId") StructureId structureId,
      @QueryParam("q") String q,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    return persons.list(structureId, q, after, limit);
  }

  /** A search sent in a body, so that an email or a phone searched never sits in a URL (S42). */
  public record Search(String q, String after, Integer limit) {}

  @POST
  @Path("/search")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "searchCaseload",
      summary = "Rechercher dans le portefeuille, la recherche dans le corps de la requête",
      description =
          "Comme GET, pour une adresse électronique ou un téléphone : rien de recherché dans"
              + " l'URL.")
  public Page<PersonService.PersonSummary> search(
      @PathParam("structureId") StructureId structureId, Search search) {
    return search == null
        ? persons.list(structureId, null, null, null)
        : persons.list(structureId, search.q(), search.after(), search.limit());
  }

  @GET
  @Path("/mandates-ending")
  @Operation(
      operationId = "listMandatesEnding",
      summary = "Mandats actifs qui arrivent à échéance (30 jours par défaut)")
  public java.util.List<fr.relais.application.mandate.MandateService.Expiring> ending(
      @PathParam("structureId") StructureId structureId, @QueryParam("days") Integer days) {
    return mandates.expiringSoon(structureId, days);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createPerson",
      summary = "Enregistrer une personne accompagnée",
      description = "409 avec les dossiers semblables de la structure, sauf confirmDuplicate.")
  @APIResponse(
      responseCode = "201",
      description = "La personne enregistrée",
      content = @Content(schema = @Schema(implementation = PersonService.PersonView.class)),
      headers =
          @Header(
              name = "Location",
              description = "Son dossier",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  @APIResponse(
      responseCode = "409",
      description =
          "Dossiers semblables dans la structure (possible-duplicate), sauf confirmDuplicate")
  public Response create(
      @PathParam("structureId") StructureId structureId, PersonService.NewPerson person) {
    PersonService.PersonView created = persons.create(structureId, person);
    return Response.created(uri.getBaseUriBuilder().path("persons").path(created.id()).build())
        .entity(created)
        .build();
  }
}
