/**
 * Servlet filters and the OpenID Connect endpoints: request id and client address, security
 * headers, the one origin check of every write (pages, API, sign-out), session and bearer
 * authentication (one current user per request, read from the database so revocations apply at
 * once, S11), login, callback and logout.
 */
package fr.relais.interfaces.web;
