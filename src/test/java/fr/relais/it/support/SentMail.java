package fr.relais.it.support;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail the server sent, as the recording SMTP server received it. A test notes {@link #count()}
 * before it acts, then looks at what came after.
 */
public final class SentMail {
  private SentMail() {}

  /** A link of the email-change pages in a mail: the page's name, then the token. */
  private static final Pattern LINK =
      Pattern.compile(
          Pattern.quote(Ports.base())
              + "/(email-confirmation|email-freeze)\\.xhtml\\?token=([A-Za-z0-9_-]+)");

  /** How many mails the server has sent so far in this run. */
  public static int count() {
    return smtp().received().size();
  }

  /** The mails sent after the first {@code from}. */
  public static List<RecordingSmtpServer.Received> since(int from) {
    List<RecordingSmtpServer.Received> all = smtp().received();
    return new ArrayList<>(all.subList(Math.min(from, all.size()), all.size()));
  }

  /** Those of them with a recipient that contains {@code address}. */
  public static List<RecordingSmtpServer.Received> mailsTo(String address, int from) {
    return since(from).stream()
        .filter(m -> m.recipients().stream().anyMatch(r -> r.contains(address)))
        .toList();
  }

  /** Their decoded subjects and texts ({@link #text}). */
  public static List<String> bodiesTo(String address, int from) throws Exception {
    List<String> out = new ArrayList<>();
    for (RecordingSmtpServer.Received m : mailsTo(address, from)) {
      out.add(text(m.raw()));
    }
    return out;
  }

  /** The decoded subject and text of a raw mail. */
  public static String text(String raw) throws Exception {
    MimeMessage m =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    return m.getSubject() + "\n" + m.getContent();
  }

  /** Waits (30 s at most) for a mail to {@code address} that says {@code contains}. */
  public static void awaitMail(String address, String contains, int from) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (String body : bodiesTo(address, from)) {
        if (body.contains(contains)) {
          return;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail to " + address + " saying " + contains);
  }

  /**
   * The token of the newest link to {@code page} ({@code email-confirmation} or {@code
   * email-freeze}) in the mails to {@code address}; waits 30 s at most.
   */
  public static String awaitLink(String address, String page, int from) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<String> bodies = bodiesTo(address, from);
      for (int i = bodies.size() - 1; i >= 0; i--) {
        Matcher m = LINK.matcher(bodies.get(i));
        while (m.find()) {
          if (m.group(1).equals(page)) {
            return m.group(2);
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no " + page + " link sent to " + address);
  }

  private static RecordingSmtpServer smtp() {
    return TestEnvironment.mail().outgoing();
  }
}
