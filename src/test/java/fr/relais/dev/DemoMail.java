package fr.relais.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import fr.relais.infrastructure.demo.StartupData;
import fr.relais.it.support.MailServers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The run command's mail server (GreenMail, SMTP and IMAP on loopback): the deployment's catch-all
 * mailbox that Relais reads, and where Relais's notices to members land. On start it delivers a
 * realistic set of administration messages for demonstration people — a request for documents with
 * a deadline, a filing receipt with its PDF, a convocation, a decision with an attestation, an HTML
 * message with a script and a remote image, one to a retired address, one malformed. Their
 * Message-IDs are fixed, so delivering them again at the next start files nothing twice.
 */
final class DemoMail {

  static final String DOMAIN = "relais.localhost";
  static final String CATCH_ALL = "boite@" + DOMAIN;
  static final String PASSWORD = "boite";

  private final GreenMail greenMail;

  private DemoMail(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  static DemoMail start(int smtp, int imap) {
    GreenMail gm =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    gm.start();
    gm.setUser(CATCH_ALL, CATCH_ALL, PASSWORD);
    return new DemoMail(gm);
  }

  static String structureAddresses() {
    return StartupData.DEMO_LOCAL_PARTS[0]
        + "@"
        + DOMAIN
        + " (CCAS), "
        + StartupData.DEMO_LOCAL_PARTS[1]
        + "@"
        + DOMAIN
        + " (association)";
  }

  static String personAddress() {
    return address(0, 0);
  }

  private static String address(int structure, int person) {
    return StartupData.DEMO_LOCAL_PARTS[structure]
        + "+"
        + StartupData.DEMO_TOKENS[structure][person]
        + "@"
        + DOMAIN;
  }

  /** Delivers the demonstration messages to the catch-all mailbox; returns how many. */
  int deliverDemoMessages() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    DateTimeFormatter fr = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    List<String> messages = new ArrayList<>();
    messages.add(
        plain(
            "demo-pieces-ccas",
            address(0, 0),
            "ANEF - Demande de pièces complémentaires",
            "Madame, Monsieur,\n\nDans le cadre de l'instruction de votre demande de renouvellement"
                + " de titre de séjour (n° 4700-2026-001234), des pièces complémentaires sont"
                + " nécessaires :\n- un justificatif de domicile de moins de trois mois ;\n- votre"
                + " avis d'imposition 2026.\n\nMerci de les déposer sur votre espace personnel avant"
                + " le "
                + today.plusDays(21).format(fr)
                + ". Sans réponse, votre demande pourra être classée.\n\nLa préfecture de"
                + " Lot-et-Garonne"));
    messages.add(
        withPdf(
            "demo-recepisse-ccas",
            address(0, 0),
            "Accusé de réception de votre demande",
            "Votre demande a bien été enregistrée. Vous trouverez ci-joint votre attestation de"
                + " dépôt.",
            "attestation-de-dépôt.pdf",
            pdf(
                "Attestation de dépôt",
                "Demande n° 4700-2026-001234 déposée le " + today.format(fr))));
    messages.add(
        plain(
            "demo-convocation-ccas",
            address(0, 1),
            "Convocation - remise de votre titre de séjour",
            "Madame,\n\nVous êtes convoquée le "
                + today.plusDays(12).format(fr)
                + " à 10h30 à la préfecture de Lot-et-Garonne, bureau de l'immigration, guichet 3,"
                + " pour la remise de votre titre de séjour. Munissez-vous de votre passeport et du"
                + " timbre fiscal."));
    messages.add(
        plain(
            "demo-ancienne-adresse",
            address(0, 2),
            "Information sur votre dossier",
            "Ce message a été envoyé à une adresse retirée : il attend l'administrateur."));
    messages.add(
        "Message-ID: <demo-illisible@relais.localhost>\r\nTo: "
            + address(0, 0)
            + "\r\nSubject: Document\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed;"
            + " boundary=\"jamais-vue\"\r\n\r\ncontenu sans aucune partie\r\n");
    messages.add(
        withPdf(
            "demo-adp-asso",
            address(1, 0),
            "Attestation de prolongation d'instruction",
            "Veuillez trouver ci-joint votre attestation de prolongation d'instruction, valable"
                + " jusqu'au "
                + today.plusDays(90).format(fr)
                + ". Elle vous autorise à travailler.",
            "attestation-prolongation.pdf",
            pdf(
                "Attestation de prolongation d'instruction",
                "Valable jusqu'au " + today.plusDays(90).format(fr))));
    messages.add(
        html(
            "demo-html-asso",
            address(1, 1),
            "Votre demande est incomplète",
            "<p>Bonjour,</p><p>Votre demande est <b>incomplète</b>. Merci de compléter votre"
                + " dossier sous 15 jours.</p><img src=\"https://traceur.example/pixel.gif\">"
                + "<script>document.location='https://example.org'</script>"));
    for (String raw : messages) {
      MailServers.sendAsWritten(greenMail.getSmtp().getPort(), raw, CATCH_ALL);
    }
    return messages.size();
  }

  private static String headers(String id, String to, String subject) {
    return "Message-ID: <"
        + id
        + "@relais.localhost>\r\n"
        + "From: =?UTF-8?Q?Pr=C3=A9fecture_de_Lot-et-Garonne?= <ne-pas-repondre@lot-et-garonne.gouv.fr>\r\n"
        + "To: "
        + to
        + "\r\n"
        + "X-Original-To: "
        + to
        + "\r\n"
        + "Subject: =?UTF-8?B?"
        + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
        + "?=\r\n"
        + "MIME-Version: 1.0\r\n";
  }

  private static String plain(String id, String to, String subject, String body) {
    return headers(id, to, subject)
        + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
        + "\r\n";
  }

  private static String html(String id, String to, String subject, String body) {
    return headers(id, to, subject)
        + "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
        + "\r\n";
  }

  private static String withPdf(
      String id, String to, String subject, String body, String fileName, byte[] pdf) {
    String boundary = "=_demo_" + id;
    String encodedName =
        java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    return headers(id, to, subject)
        + "Content-Type: multipart/mixed; boundary=\""
        + boundary
        + "\"\r\n\r\n--"
        + boundary
        + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
        + "\r\n--"
        + boundary
        + "\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
        + " filename*=UTF-8''"
        + encodedName
        + "\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(pdf)
        + "\r\n--"
        + boundary
        + "--\r\n";
  }

  private static byte[] pdf(String title, String line) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document d = new Document();
    PdfWriter.getInstance(d, out);
    d.open();
    d.add(new Paragraph(title));
    d.add(new Paragraph(line));
    d.add(new Paragraph("Document de démonstration."));
    d.close();
    return out.toByteArray();
  }

  void stop() {
    greenMail.stop();
  }
}
