/**
 * The integration-test harness: the real components the tests run against (a local OpenID provider,
 * a scripted provider for refusal cases, Keycloak, PostgreSQL, headless Chromium), the WildFly
 * server managed by Arquillian, with the WAR deployed once for the whole run ({@link
 * fr.relais.it.support.RunDeployment}), and small HTTP and database helpers.
 */
package fr.relais.it.support;
