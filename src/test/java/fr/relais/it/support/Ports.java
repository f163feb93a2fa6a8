package fr.relais.it.support;

/** The loopback ports and URLs the test run uses (set by the build, see pom.xml). */
public final class Ports {
  private Ports() {}

  public static int http() {
    return Integer.getInteger("relais.test.http.port", 18080);
  }

  public static int oidc() {
    return Integer.getInteger("relais.test.oidc.port", 18089);
  }

  public static int scripted() {
    return Integer.getInteger("relais.test.scripted.port", 18090);
  }

  public static int keycloak() {
    return Integer.getInteger("relais.test.keycloak.port", 18180);
  }

  public static int postgres() {
    return Integer.getInteger("relais.test.pg.port", 15432);
  }

  /** GreenMail's SMTP, where tests deliver the administration's mail. */
  public static int inboundSmtp() {
    return Integer.getInteger("relais.test.smtp.in.port", 13025);
  }

  /** GreenMail's IMAP: the deployment's catch-all mailbox. */
  public static int imap() {
    return Integer.getInteger("relais.test.imap.port", 13143);
  }

  /** Where the server sends its mail: the recording SMTP server. */
  public static int outgoingSmtp() {
    return Integer.getInteger("relais.test.smtp.out.port", 13026);
  }

  public static int syslog() {
    return Integer.getInteger("relais.test.syslog.port", 18514);
  }

  /** Relais as the browser sees it; the host name must match the configured public URL. */
  public static String base() {
    return "http://localhost:" + http();
  }

  /** The local provider's issuer for staff (mock-oauth2-server, issuer id "relais-staff"). */
  public static String staffIssuer() {
    return "http://localhost:" + oidc() + "/relais-staff";
  }
}
