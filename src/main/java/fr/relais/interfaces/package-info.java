/**
 * How Relais is reached: web pages (Faces), the REST API, the authentication endpoints and
 * command-line tools.
 */
package fr.relais.interfaces;
