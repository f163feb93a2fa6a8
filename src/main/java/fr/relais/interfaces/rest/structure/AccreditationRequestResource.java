package fr.relais.interfaces.rest.structure;

import fr.relais.application.structure.AccreditationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A structure's own request for accreditation (A1). The one endpoint a verified identity without
 * account may call: with a bearer access token from a configured provider, or from the browser
 * session of someone who signed in from the accreditation request page.
 */
@Path("/accreditation-requests")
@RequestScoped
@Tag(name = "Structures", description = "Structures d'accompagnement et leur agrément")
@Produces(MediaType.APPLICATION_JSON)
public class AccreditationRequestResource {

  /** The request path, for {@code AuthenticationFilter}, which lets applicants reach only it. */
  public static final String API_PATH = "/api/v1/accreditation-requests";

  @Inject AccreditationService accreditation;
  @jakarta.ws.rs.core.Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "requestAccreditation",
      summary = "Demander l'agrément de sa structure",
      description =
          "Crée la structure (statut REQUESTED) et le compte de l'identité qui la demande, comme"
              + " administrateur·rice de la structure. Réservé à une identité sans compte Relais ;"
              + " la structure n'agit pour personne tant qu'elle n'est pas agréée.")
  @APIResponse(
      responseCode = "201",
      description = "La demande, à instruire",
      content =
          @Content(schema = @Schema(implementation = AccreditationService.StructureView.class)),
      headers =
          @Header(
              name = "Location",
              description = "La structure",
              schema = @Schema(type = SchemaType.STRING, format = "uri")))
  @APIResponse(responseCode = "400", description = "Entrée invalide (problem+json)")
  @APIResponse(responseCode = "401", description = "Aucune identité vérifiée")
  @APIResponse(responseCode = "409", description = "Cette identité a déjà un compte")
  public Response request(AccreditationService.Registration registration) {
    AccreditationService.StructureView view = accreditation.requestAccreditation(registration);
    URI location = uri.getBaseUriBuilder().path("structures").path(view.id()).build();
    return Response.created(location).entity(view).build();
  }
}
