package fr.relais.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.ExternalDocumentation;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The versioned API root. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Relais API",
            version = "1",
            description =
                "API de Relais : tout ce que fait l'interface. Authentification par session"
                    + " (navigateur) ou par jeton d'accès OpenID Connect (Authorization: Bearer).",
            // The server rebuilds the document's info for its host and always writes a license:
            // an empty one is invalid, so the one that holds is named — none granted, as an SPDX
            // reference of its own (generators want an identifier or a URL).
            license =
                @License(
                    name = "Aucune licence publique",
                    identifier = "LicenseRef-Relais-aucune-licence-publique")),
    // Likewise the external documentation, which needs its URL: the web interface, which does
    // everything the API does.
    externalDocs =
        @ExternalDocumentation(
            description = "L'interface web de Relais, qui fait tout ce que fait l'API",
            url = "/"),
    security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "session")})
@SecurityScheme(
    securitySchemeName = "session",
    description = "La session du navigateur, ouverte par /auth/login",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "JSESSIONID")
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RelaisApi extends Application {}
