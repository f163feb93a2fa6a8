/**
 * The integration-test harness: the real components the tests run against (a local OpenID provider,
 * a scripted provider for refusal cases, Keycloak, PostgreSQL, headless Chromium), the WildFly
 * server managed by Arquillian, with the WAR deployed once for the whole run ({@link
 * fr.relais.it.support.RunDeployment}), and small HTTP and database helpers; and the builders of
 * the shared fixtures the tests set up through the API (the demonstration {@link
 * fr.relais.it.support.Structures}, {@link fr.relais.it.support.People} on a caseload, active
 * {@link fr.relais.it.support.Mandates}, new {@link fr.relais.it.support.Members}, the shared
 * {@link fr.relais.it.support.TestClock}); and the assertions the tests share (a refusal as a
 * {@link fr.relais.it.support.Problems problem document}). A test class takes every fixture it uses
 * from here, never from another test class.
 */
package fr.relais.it.support;
