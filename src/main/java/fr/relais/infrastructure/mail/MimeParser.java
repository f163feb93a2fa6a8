package fr.relais.infrastructure.mail;

import fr.relais.domain.model.mailbox.AdministrationMessage;
import fr.relais.domain.shared.Sha256;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a raw RFC 5322 message with Jakarta Mail's MIME parser into an {@link
 * AdministrationMessage}: recipients from the envelope headers an MTA adds ({@code Delivered-To},
 * {@code X-Original-To}, {@code Envelope-To}) then {@code To} and {@code Cc}; multipart/alternative
 * and mixed, nested messages, quoted-printable and base64, RFC 2047 encoded headers and RFC 2231
 * (and, as mail clients send them, RFC 2047) attachment names. What cannot be read is said in
 * {@code problem}, never thrown: a malformed message is kept, not lost.
 */
public final class MimeParser {

  private static final List<String> RECIPIENT_HEADERS =
      List.of("Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc", "Resent-To");
  private static final Pattern LOOSE_ADDRESS =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final int MAX_DEPTH = 8;

  private static final Session SESSION;

  static {
    Properties p = new Properties();
    p.setProperty("mail.mime.decodeparameters", "true");
    p.setProperty("mail.mime.decodefilename", "true");
    p.setProperty("mail.mime.address.strict", "false");
    p.setProperty("mail.mime.parameters.strict", "false");
    p.setProperty("mail.mime.allowutf8", "true");
    SESSION = Session.getInstance(p);
  }

  private final long maxPartBytes;

  /**
   * @param maxPartBytes beyond this an attachment's bytes are not kept, only counted
   */
  public MimeParser(long maxPartBytes) {
    this.maxPartBytes = maxPartBytes;
  }

  public AdministrationMessage parse(byte[] raw) {
    String hashKey = "sha256:" + Sha256.hex(raw);
    MimeMessage msg;
    try {
      msg = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    } catch (MessagingException e) {
      return new AdministrationMessage(
          hashKey,
          looseRecipients(raw),
          null,
          null,
          null,
          null,
          null,
          List.of(),
          raw.length,
          "unreadable message: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    String key = hashKey;
    try {
      String id = msg.getMessageID();
      if (id != null && !id.isBlank() && id.length() <= 240) {
        key = "mid:" + id.trim();
      }
    } catch (MessagingException e) {
      problems.add("Message-ID: " + e.getMessage());
    }
    List<String> recipients = recipients(msg, problems);
    if (recipients.isEmpty()) {
      recipients = looseRecipients(raw);
    }
    String sender = sender(msg, problems);
    String subject = subject(msg, problems);
    Instant sentAt = null;
    try {
      sentAt = msg.getSentDate() == null ? null : msg.getSentDate().toInstant();
    } catch (MessagingException e) {
      problems.add("Date: " + e.getMessage());
    }
    Body body = new Body();
    try {
      walk(msg, body, 0, false);
    } catch (MessagingException | IOException | RuntimeException e) {
      problems.add("body: " + e.getMessage());
    }
    boolean unreadable = body.text == null && body.html == null && body.attachments.isEmpty();
    return new AdministrationMessage(
        key,
        recipients,
        sender,
        subject,
        sentAt,
        body.text,
        body.html,
        body.attachments,
        raw.length,
        unreadable && !problems.isEmpty() ? String.join("; ", problems) : null);
  }

  /** What the walk through the parts collects. */
  private static final class Body {
    String text;
    String html;
    final List<AdministrationMessage.Attachment> attachments = new ArrayList<>();
  }

  /**
   * @param cut the part ends where its message was cut short: the last part of a multipart whose
   *     closing boundary never came
   */
  private void walk(Part part, Body body, int depth, boolean cut)
      throws MessagingException, IOException {
    if (depth > MAX_DEPTH) {
      throw new MessagingException("parts nested too deep");
    }
    String type = baseType(part);
    if (type.startsWith("multipart/")) {
      Object content = part.getContent();
      if (content instanceof Multipart mp) {
        // Without its closing boundary a multipart was cut short (a message truncated on the
        // way): its last part may hold only the beginning of its data.
        boolean complete = !(mp instanceof MimeMultipart mm) || mm.isComplete();
        int count = mp.getCount();
        for (int i = 0; i < count; i++) {
          BodyPart child = mp.getBodyPart(i);
          walk(child, body, depth + 1, i == count - 1 && (cut || !complete));
        }
        return;
      }
    }
    if (type.equals("message/rfc822") && !isAttachment(part)) {
      Object content = part.getContent();
      if (content instanceof MimeMessage nested) {
        Body inner = new Body();
        walk(nested, inner, depth + 1, cut);
        String header =
            "\n\n---------- Message inclus ----------\nDe : "
                + nullToEmpty(first(nested.getFrom()))
                + "\nObjet : "
                + nullToEmpty(nested.getSubject())
                + "\n\n";
        if (inner.text != null) {
          body.text = (body.text == null ? "" : body.text) + header + inner.text;
        }
        if (inner.html != null && body.html == null && body.text == null) {
          body.html = inner.html;
        }
        body.attachments.addAll(inner.attachments);
        return;
      }
    }
    if (!isAttachment(part) && (type.equals("text/plain") || type.equals("text/html"))) {
      String text = text(part);
      if (type.equals("text/plain")) {
        body.text = body.text == null ? text : body.text + "\n\n" + text;
      } else if (body.html == null) {
        body.html = text;
      }
      return;
    }
    body.attachments.add(attachment(part, type, cut));
  }

  /**
   * An attachment's name, type and bytes. One that cannot be read whole — its base64 ends before a
   * full group (the message was truncated), its transfer encoding is unknown or broken, or it is
   * the last part of a multipart cut short — comes back with its problem and without content, so
   * that it is recorded as refused with the reason instead of vanishing with the rest of the walk.
   */
  private AdministrationMessage.Attachment attachment(Part part, String type, boolean cut)
      throws MessagingException {
    String name;
    try {
      name = part.getFileName();
      if (name != null && name.contains("=?")) {
        name = MimeUtility.decodeText(name);
      }
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      name = null;
    }
    if (name != null) {
      name = name.replaceAll("[\\p{Cntrl}/\\\\]", "_").trim();
      if (name.isEmpty()) {
        name = null;
      }
    }
    long size = 0;
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean tooLarge = false;
    String problem = null;
    try (InputStream in = part.getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        size += n;
        if (!tooLarge && size <= maxPartBytes) {
          kept.write(buffer, 0, n);
        } else {
          tooLarge = true;
        }
      }
    } catch (IOException | MessagingException | RuntimeException e) {
      // Angus's base64 decoder ends a truncated part with "... before EOF".
      String why = String.valueOf(e.getMessage());
      problem =
          cut || why.contains("EOF")
              ? AdministrationMessage.Attachment.TRUNCATED
              : AdministrationMessage.Attachment.UNREADABLE;
    }
    if (problem == null && cut) {
      // Decoded without error, but where the message was cut: nothing says it is whole.
      problem = AdministrationMessage.Attachment.TRUNCATED;
    }
    return new AdministrationMessage.Attachment(
        name, type, tooLarge || problem != null ? null : kept.toByteArray(), size, problem);
  }

  private static boolean isAttachment(Part part) throws MessagingException {
    String disposition = part.getDisposition();
    if (disposition != null && disposition.equalsIgnoreCase(Part.ATTACHMENT)) {
      return true;
    }
    return part.getFileName() != null;
  }

  /** A text part decoded with its charset; an unknown charset falls back to UTF-8, then Latin-1. */
  private static String text(Part part) throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = part.getInputStream()) {
      bytes = in.readAllBytes();
    }
    Charset charset = StandardCharsets.UTF_8;
    try {
      String name = new ContentType(part.getContentType()).getParameter("charset");
      if (name != null) {
        charset = Charset.forName(MimeUtility.javaCharset(name));
      }
    } catch (RuntimeException | jakarta.mail.internet.ParseException unknown) {
      charset = StandardCharsets.UTF_8;
    }
    String s = new String(bytes, charset);
    if (charset.equals(StandardCharsets.UTF_8) && s.contains("\uFFFD")) {
      s = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return s;
  }

  private static String baseType(Part part) {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | RuntimeException e) {
      return "application/octet-stream";
    }
  }

  private static List<String> recipients(MimeMessage msg, List<String> problems) {
    Set<String> out = new LinkedHashSet<>();
    for (String header : RECIPIENT_HEADERS) {
      String[] values;
      try {
        values = msg.getHeader(header);
      } catch (MessagingException e) {
        problems.add(header + ": " + e.getMessage());
        continue;
      }
      if (values == null) {
        continue;
      }
      for (String v : values) {
        try {
          for (InternetAddress a : InternetAddress.parseHeader(unfold(v), false)) {
            if (a.getAddress() != null) {
              out.add(a.getAddress());
            }
          }
        } catch (AddressException e) {
          Matcher m = LOOSE_ADDRESS.matcher(v);
          while (m.find()) {
            out.add(m.group());
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** Addresses found anywhere in the headers, when nothing else could be read. */
  private static List<String> looseRecipients(byte[] raw) {
    String text = new String(raw, 0, Math.min(raw.length, 64 * 1024), StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      end = text.indexOf("\n\n");
    }
    String headers = end < 0 ? text : text.substring(0, end);
    Set<String> out = new LinkedHashSet<>();
    for (String line : unfold(headers).split("\r?\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (RECIPIENT_HEADERS.stream()
          .anyMatch(h -> lower.startsWith(h.toLowerCase(Locale.ROOT) + ":"))) {
        Matcher m = LOOSE_ADDRESS.matcher(line);
        while (m.find()) {
          out.add(m.group());
        }
      }
    }
    return List.copyOf(out);
  }

  private static String sender(MimeMessage msg, List<String> problems) {
    try {
      return first(msg.getFrom());
    } catch (MessagingException e) {
      problems.add("From: " + e.getMessage());
      try {
        String[] raw = msg.getHeader("From");
        return raw == null ? null : raw[0];
      } catch (MessagingException again) {
        return null;
      }
    }
  }

  private static String first(Address[] addresses) {
    if (addresses == null || addresses.length == 0) {
      return null;
    }
    if (addresses[0] instanceof InternetAddress ia) {
      return ia.getPersonal() == null
          ? ia.getAddress()
          : ia.getPersonal() + " <" + ia.getAddress() + ">";
    }
    return addresses[0].toString();
  }

  private static String subject(MimeMessage msg, List<String> problems) {
    try {
      return msg.getSubject();
    } catch (MessagingException e) {
      problems.add("Subject: " + e.getMessage());
      return null;
    }
  }

  private static String unfold(String header) {
    return header.replaceAll("\r?\n[ \t]+", " ");
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
