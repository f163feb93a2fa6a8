/**
 * The integration-test harness: the real components the tests run against (a local OpenID provider,
 * a scripted provider for refusal cases, Keycloak, PostgreSQL, headless Chromium), the WildFly
 * server managed by Arquillian, with the WAR deployed once for the whole run ({@link
 * fr.relais.it.support.RunDeployment}), and small HTTP and database helpers ({@link
 * fr.relais.it.support.WebClient}, {@link fr.relais.it.support.Json}, {@link
 * fr.relais.it.support.Downloads}, {@link fr.relais.it.support.Bearer}, {@link
 * fr.relais.it.support.Rows}, {@link fr.relais.it.support.Journal}).
 *
 * <p>It also holds the builders of every fixture the tests set up through the API, one class for
 * what each builds: the demonstration {@link fr.relais.it.support.Structures}, {@link
 * fr.relais.it.support.People} on a caseload, {@link fr.relais.it.support.Mandates}, new {@link
 * fr.relais.it.support.Members}, {@link fr.relais.it.support.PrefectureAgents}, logins ({@link
 * fr.relais.it.support.Logins}) and a person's own access ({@link
 * fr.relais.it.support.PersonAccess}), {@link fr.relais.it.support.IdentityChecks}, {@link
 * fr.relais.it.support.Documents}, {@link fr.relais.it.support.Procedures}, {@link
 * fr.relais.it.support.EmailChanges}, {@link fr.relais.it.support.TakeoverClaims}, {@link
 * fr.relais.it.support.AdministrationAccounts}, the administration's mail ({@link
 * fr.relais.it.support.MailTraffic}) and the mail the server sent ({@link
 * fr.relais.it.support.SentMail}), the shared {@link fr.relais.it.support.TestClock} and the {@link
 * fr.relais.it.support.Reminders} jobs run on it, the served {@link fr.relais.it.support.OpenApi}
 * contract; and the assertions the tests share (a refusal as a {@link fr.relais.it.support.Problems
 * problem document}). A test class takes every fixture it uses from here, never from another test
 * class.
 */
package fr.relais.it.support;
