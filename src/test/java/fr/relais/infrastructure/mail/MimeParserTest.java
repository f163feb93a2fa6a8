package fr.relais.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.domain.model.mailbox.AdministrationMessage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MIME parser on the shapes of mail the administration and mail systems produce. */
class MimeParserTest {

  private final MimeParser parser = new MimeParser(1024 * 1024);

  private AdministrationMessage parse(String raw) {
    return parser.parse(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recipientsComeFromTheEnvelopeHeadersFirstThenToAndCc() {
    AdministrationMessage m =
        parse(
            "Delivered-To: boite@relais.test\r\n"
                + "X-Original-To: S-ABC+XYZ@Relais.Test\r\n"
                + "To: \"Mme B\" <a@example.org>, b@relais.test\r\n"
                + "Cc: c@relais.test\r\n"
                + "Message-ID: <m1@anef>\r\n"
                + "Subject: x\r\n\r\ncorps\r\n");
    assertEquals(
        List.of(
            "boite@relais.test",
            "S-ABC+XYZ@Relais.Test",
            "a@example.org",
            "b@relais.test",
            "c@relais.test"),
        m.recipients());
    assertEquals("mid:<m1@anef>", m.key());
    assertEquals("corps", m.text().trim());
    assertNull(m.problem());
  }

  @Test
  void withoutAMessageIdTheKeyIsAHashOfTheContent() {
    String raw = "To: a@relais.test\r\nSubject: x\r\n\r\nun\r\n";
    assertTrue(parse(raw).key().startsWith("sha256:"));
    assertEquals(parse(raw).key(), parse(raw).key());
    assertTrue(!parse(raw).key().equals(parse(raw.replace("un", "deux")).key()));
  }

  @Test
  void encodedFrenchHeadersAndAttachmentNamesAreDecoded() {
    byte[] pdf = "%PDF-1.4 contenu".getBytes(StandardCharsets.ISO_8859_1);
    AdministrationMessage m =
        parse(
            "From: =?UTF-8?Q?Pr=C3=A9fecture?= <p@gouv.fr>\r\n"
                + "To: a@relais.test\r\n"
                + "Subject: =?ISO-8859-1?Q?Demande_de_pi=E8ces_?= =?UTF-8?B?Y29tcGzDqW1lbnRhaXJlcw==?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
                + "--XX\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n"
                + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Pi=E8ces =C3 fournir\r\n"
                + "--XX\r\nContent-Type: application/octet-stream\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''r%C3%A9c%C3%A9piss%C3%A9.pdf\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getEncoder().encodeToString(pdf)
                + "\r\n--XX\r\nContent-Type: application/pdf; name=\"=?UTF-8?Q?d=C3=A9cision.pdf?=\"\r\n"
                + "Content-Disposition: attachment; filename=\"=?UTF-8?Q?d=C3=A9cision.pdf?=\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getEncoder().encodeToString(pdf)
                + "\r\n--XX--\r\n");
    assertEquals("Préfecture <p@gouv.fr>", m.sender());
    assertEquals("Demande de pièces complémentaires", m.subject());
    assertEquals("Pièces Ã fournir", m.text().trim());
    assertEquals(2, m.attachments().size());
    assertEquals("récépissé.pdf", m.attachments().get(0).fileName());
    assertArrayEquals(pdf, m.attachments().get(0).content());
    assertEquals("décision.pdf", m.attachments().get(1).fileName());
  }

  @Test
  void bothAlternativesAreKeptAndANestedMessageIsRead() {
    AdministrationMessage m =
        parse(
            "To: a@relais.test\r\nSubject: Transfert\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=OUT\r\n\r\n"
                + "--OUT\r\nContent-Type: multipart/alternative; boundary=ALT\r\n\r\n"
                + "--ALT\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nEn texte\r\n"
                + "--ALT\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>En HTML</p>\r\n"
                + "--ALT--\r\n"
                + "--OUT\r\nContent-Type: message/rfc822\r\n\r\n"
                + "From: prefecture@gouv.fr\r\nSubject: Original\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nLe message d'origine\r\n"
                + "--OUT--\r\n");
    assertTrue(m.text().startsWith("En texte"), m.text());
    assertTrue(m.text().contains("Objet : Original"), m.text());
    assertTrue(m.text().contains("Le message d'origine"), m.text());
    assertEquals("<p>En HTML</p>", m.html().trim());
    assertNull(m.problem());
  }

  @Test
  void aPartTooLargeIsCountedNotKept() {
    MimeParser small = new MimeParser(10);
    AdministrationMessage m =
        small.parse(
            ("To: a@relais.test\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
                    + "--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n"
                    + Base64.getEncoder().encodeToString(new byte[100])
                    + "\r\n--B--\r\n")
                .getBytes(StandardCharsets.UTF_8));
    assertNull(m.attachments().get(0).content());
    assertEquals(100, m.attachments().get(0).sizeBytes());
  }

  @Test
  void brokenMimeIsReportedNotThrownAndItsRecipientsStillRead() {
    AdministrationMessage m =
        parse(
            "To: a@relais.test\r\nSubject: Illisible\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"jamais-vue\"\r\n\r\nrien\r\n");
    assertNotNull(m.problem());
    assertEquals(List.of("a@relais.test"), m.recipients());
    assertEquals("Illisible", m.subject());
  }

  /** A message with a kept PDF, then a second PDF whose base64 is cut as a truncated mail's is. */
  private static String truncatedAfter(String encodedTail, boolean closingBoundary) {
    byte[] pdf = "%PDF-1.4 premier".getBytes(StandardCharsets.ISO_8859_1);
    return "To: a@relais.test\r\nSubject: Pièces\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
        + "--B\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nVoir les pièces jointes.\r\n"
        + "--B\r\nContent-Type: application/pdf\r\n"
        + "Content-Disposition: attachment; filename=recepisse.pdf\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getMimeEncoder().encodeToString(pdf)
        + "\r\n--B\r\nContent-Type: application/pdf\r\n"
        + "Content-Disposition: attachment; filename=\"decision.pdf\"\r\n"
        + "Content-Transfer-Encoding: base64\r\n\r\n"
        + encodedTail
        + (closingBoundary ? "\r\n--B--\r\n" : "");
  }

  /** The base64 of a real PDF-like content of 3,000 bytes, cut after {@code chars} characters. */
  private static String cutBase64(int chars) {
    byte[] content = new byte[3000];
    byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
    System.arraycopy(head, 0, content, 0, head.length);
    for (int i = head.length; i < content.length; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    String full = Base64.getMimeEncoder().encodeToString(content);
    return full.substring(0, chars);
  }

  @Test
  void aTruncatedBase64AttachmentIsReportedAsTruncatedNotDropped() {
    // The message was cut in the middle of a base64 line (1,001 characters: not a whole group of
    // four) and its closing boundary never came: the text and the first attachment are read, the
    // cut one is there, with its name and why, without content.
    String tail = cutBase64(1001);
    assertEquals(1, tail.replaceAll("\\s", "").length() % 4, "a real truncated base64 part");
    AdministrationMessage m = parse(truncatedAfter(tail, false));
    assertEquals("Voir les pièces jointes.", m.text().trim());
    assertEquals(2, m.attachments().size());
    AdministrationMessage.Attachment kept = m.attachments().get(0);
    assertNull(kept.problem());
    assertNotNull(kept.content());
    AdministrationMessage.Attachment cut = m.attachments().get(1);
    assertEquals("decision.pdf", cut.fileName());
    assertEquals(AdministrationMessage.Attachment.TRUNCATED, cut.problem());
    assertNull(cut.content());
    assertNull(m.problem(), "the message itself is readable");
  }

  @Test
  void aBase64PartCutInsideAWholeMessageIsTruncatedToo() {
    // The same cut, the closing boundary present (a relay that re-closes the multipart): the
    // base64 still ends before a whole group.
    AdministrationMessage m = parse(truncatedAfter(cutBase64(1002), true));
    assertEquals(AdministrationMessage.Attachment.TRUNCATED, m.attachments().get(1).problem());
    assertNull(m.attachments().get(0).problem());
  }

  @Test
  void aLastPartCutOnAGroupBoundaryIsNotTakenForWhole() {
    // Cut after 1,000 characters, a whole number of groups: it decodes, but its multipart never
    // closed — nothing says the attachment is whole.
    AdministrationMessage m = parse(truncatedAfter(cutBase64(1000), false));
    assertEquals(AdministrationMessage.Attachment.TRUNCATED, m.attachments().get(1).problem());
    assertNull(m.attachments().get(1).content());
    assertNull(m.attachments().get(0).problem(), "the parts before the cut are whole");
  }

  @Test
  void anUndecodableAttachmentIsReportedAsUnreadable() {
    AdministrationMessage m =
        parse(
            "To: a@relais.test\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
                + "--B\r\nContent-Type: text/plain\r\n\r\nCi-joint.\r\n"
                + "--B\r\nContent-Type: application/pdf\r\n"
                + "Content-Disposition: attachment; filename=a.pdf\r\n"
                + "Content-Transfer-Encoding: x-inconnu\r\n\r\n"
                + "JVBERi0xLjQ=\r\n"
                + "--B--\r\n");
    assertEquals(1, m.attachments().size());
    assertEquals(AdministrationMessage.Attachment.UNREADABLE, m.attachments().get(0).problem());
    assertEquals("a.pdf", m.attachments().get(0).fileName());
    assertEquals("Ci-joint.", m.text().trim());
  }
}
