package fr.relais.dev;

import fr.relais.it.support.StandaloneServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * Runs Relais on a developer's machine ({@code ./mvnw -Prun}): a local OpenID provider on
 * 127.0.0.1, the provisioned WildFly with Relais deployed on the embedded H2 database (kept in
 * {@code target/relais-data}, outside the server that every build provisions afresh, so it survives
 * a restart), demonstration data on first start. Prints the URL and the demo logins, and stops
 * everything it started on Ctrl-C.
 */
public final class RunRelais {

  private static final String[][] DEMO_LOGINS = {
    {"operateur", "exploitant de la plateforme"},
    {"agent.prefecture", "agent de préfecture (31, 47, 82 : les deux structures de démonstration)"},
    {"agent.prefecture2", "agent de préfecture (69 : aucune structure de démonstration)"},
    {"admin.ccas", "référente du CCAS de Villeneuve-sur-Lot"},
    {"ts1.ccas", "travailleur social du CCAS"},
    {"ts2.ccas", "travailleuse sociale du CCAS"},
    {"admin.asso", "référente de l'association Solidarité Femmes Garonne"},
    {"ts1.asso", "travailleuse sociale de l'association"},
    {"ts2.asso", "travailleur social de l'association"},
    {"personne.demo", "personne accompagnée par le CCAS, avec son propre accès"},
  };

  private RunRelais() {}

  public static void main(String[] args) throws Exception {
    int http = Integer.getInteger("relais.http.port", 8080);
    int management = Integer.getInteger("relais.management.port", 9990);
    int oidc = Integer.getInteger("relais.oidc.port", 8089);
    Path server =
        Path.of(System.getProperty("relais.server.dir", "target/server")).toAbsolutePath();
    Path war = Path.of(System.getProperty("relais.war", "target/relais.war")).toAbsolutePath();
    String publicUrl = "http://localhost:" + http;
    String issuer = "http://localhost:" + oidc + "/relais-staff";

    MockOAuth2Server provider = fr.relais.it.support.StaffProvider.create();
    provider.start(InetAddress.getByName("127.0.0.1"), oidc);
    int smtp = Integer.getInteger("relais.smtp.port", 2525);
    int imap = Integer.getInteger("relais.imap.port", 2143);
    DemoMail mail = DemoMail.start(smtp, imap);

    Path deployments = server.resolve("standalone/deployments");
    Files.createDirectories(deployments);
    Files.copy(war, deployments.resolve("relais.war"), StandardCopyOption.REPLACE_EXISTING);
    Path pidFile = server.resolve("relais-run.pid");
    Files.deleteIfExists(pidFile);
    Path log = server.resolve("relais-run.log");

    List<String> command = new ArrayList<>();
    command.add(server.resolve("bin/standalone.sh").toString());
    command.add("-Djboss.bind.address=127.0.0.1");
    command.add("-Djboss.bind.address.management=127.0.0.1");
    command.add("-Djboss.http.port=" + http);
    command.add("-Djboss.management.http.port=" + management);
    // Data outside the provisioned server, which every build provisions afresh.
    Path data = server.getParent().resolve("relais-data");
    Files.createDirectories(data);
    command.add("-Djboss.server.data.dir=" + data);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("JBOSS_PIDFILE", pidFile.toString());
    env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
    env.putIfAbsent("RELAIS_PUBLIC_URL", publicUrl);
    env.putIfAbsent("RELAIS_DEMO_ENABLED", "true");
    // The vault's master key: a development keystore in the server's data, made on first start.
    env.putIfAbsent("RELAIS_VAULT_DEVELOPMENT_KEYSTORE", "true");
    env.putIfAbsent("RELAIS_DEMO_ISSUER", issuer);
    env.putIfAbsent("RELAIS_OIDC_PROVIDERS", "staff");
    env.putIfAbsent("RELAIS_OIDC_STAFF_LABEL", "Compte professionnel (fournisseur local)");
    env.putIfAbsent(
        "RELAIS_OIDC_STAFF_DISCOVERY_URL", issuer + "/.well-known/openid-configuration");
    env.putIfAbsent("RELAIS_OIDC_STAFF_CLIENT_ID", "relais");
    env.putIfAbsent("RELAIS_OIDC_STAFF_CLIENT_SECRET", "relais-dev-secret");
    // H2's TCP server, for the journal's command-line verifier beside the running server.
    int h2 = Integer.getInteger("relais.h2.port", 9092);
    env.putIfAbsent("RELAIS_DB_H2_TCP_PORT", Integer.toString(h2));
    // The journal's signed checkpoints go beside the database, not inside its directory.
    Path checkpoints = server.getParent().resolve("relais-checkpoints/journal-checkpoints.log");
    env.putIfAbsent("RELAIS_JOURNAL_CHECKPOINT_FILE", checkpoints.toString());
    // The local mail server: the deployment's catch-all mailbox, and where notices go.
    env.putIfAbsent("RELAIS_MAIL_DOMAIN", DemoMail.DOMAIN);
    env.putIfAbsent("RELAIS_MAIL_INBOUND_HOST", "127.0.0.1");
    env.putIfAbsent("RELAIS_MAIL_INBOUND_PORT", Integer.toString(imap));
    env.putIfAbsent("RELAIS_MAIL_INBOUND_TLS", "false");
    env.putIfAbsent("RELAIS_MAIL_INBOUND_USER", DemoMail.CATCH_ALL);
    env.putIfAbsent("RELAIS_MAIL_INBOUND_PASSWORD", DemoMail.PASSWORD);
    env.putIfAbsent("RELAIS_MAIL_INBOUND_POLL_SECONDS", "5");
    env.putIfAbsent("RELAIS_SMTP_HOST", "127.0.0.1");
    env.putIfAbsent("RELAIS_SMTP_PORT", Integer.toString(smtp));
    env.putIfAbsent("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
    Process wildfly = builder.start();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nArrêt de Relais…");
                  stop(wildfly, pidFile);
                  provider.shutdown();
                  mail.stop();
                  try {
                    Files.deleteIfExists(deployments.resolve("relais.war"));
                    Files.deleteIfExists(deployments.resolve("relais.war.deployed"));
                  } catch (IOException ignored) {
                    // nothing to clean
                  }
                }));

    System.out.println("Démarrage de WildFly (journal : " + log + ")…");
    awaitReady(management, wildfly, log);
    int delivered = mail.deliverDemoMessages();
    StringBuilder banner = new StringBuilder();
    banner.append("\n==============================================================\n");
    banner.append(" Relais est prêt : ").append(publicUrl).append("/\n\n");
    banner.append(" Connexion : « Se connecter avec : Compte professionnel ».\n");
    banner.append(" Sur la page du fournisseur local, saisissez l'identifiant\n");
    banner.append(" d'un compte de démonstration (aucun mot de passe) :\n");
    for (String[] login : DEMO_LOGINS) {
      banner.append(String.format("   %-18s %s%n", login[0], login[1]));
    }
    banner.append("\n Fournisseur OpenID local : ").append(issuer).append('\n');
    banner
        .append(" API : ")
        .append(publicUrl)
        .append("/api/v1 — OpenAPI : ")
        .append(publicUrl)
        .append("/openapi\n");
    banner.append(" Santé : http://127.0.0.1:").append(management).append("/health/ready\n");
    banner
        .append("\n Courrier : serveur local SMTP 127.0.0.1:")
        .append(smtp)
        .append(", IMAP 127.0.0.1:")
        .append(imap)
        .append(" (")
        .append(delivered)
        .append(" messages de l'administration remis pour la démonstration).\n")
        .append(" Boîte commune : ")
        .append(DemoMail.CATCH_ALL)
        .append(" — adresses des structures : ")
        .append(DemoMail.structureAddresses())
        .append("\n Adresse d'une personne du CCAS : ")
        .append(DemoMail.personAddress())
        .append("\n Pour envoyer un message de test :\n   curl --url smtp://127.0.0.1:")
        .append(smtp)
        .append(" --mail-from prefecture@exemple.gouv.fr --mail-rcpt ")
        .append(DemoMail.CATCH_ALL)
        .append(" --upload-file message.eml\n   (en-tête To: ")
        .append(DemoMail.personAddress())
        .append(
            ")\n Les avis envoyés aux membres sont lisibles en IMAP : identifiant et mot de passe ="
                + " l'adresse du membre, par exemple ts1.ccas@membres.relais.localhost.\n");
    banner
        .append(" Points de contrôle signés du journal : ")
        .append(env.get("RELAIS_JOURNAL_CHECKPOINT_FILE"))
        .append("\n Base H2, pour les outils pendant que Relais tourne : jdbc:h2:tcp://127.0.0.1:")
        .append(env.get("RELAIS_DB_H2_TCP_PORT"))
        .append('/')
        .append(data.resolve("relais/relais"))
        .append('\n');
    banner.append(" Ctrl-C arrête tout.\n");
    banner.append("==============================================================\n");
    System.out.println(banner);
    int exit = wildfly.waitFor();
    System.out.println("WildFly s'est arrêté (code " + exit + ").");
  }

  private static void awaitReady(int management, Process wildfly, Path log) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
    while (Instant.now().isBefore(deadline)) {
      if (!wildfly.isAlive()) {
        throw new IllegalStateException("WildFly stopped; see " + log);
      }
      try {
        HttpResponse<String> r =
            client.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + management + "/health/ready"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200 && r.body().contains("relais.war\":\"OK")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("Relais did not become ready in time; see " + log);
  }

  private static void stop(Process wildfly, Path pidFile) {
    try {
      StandaloneServer.stopByPidFile(pidFile);
    } catch (Exception e) {
      System.err.println("WildFly stop: " + e);
    }
    wildfly.destroy();
  }
}
