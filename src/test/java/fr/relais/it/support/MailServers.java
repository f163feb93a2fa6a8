package fr.relais.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The mail servers of a test run: GreenMail (SMTP and IMAP on loopback) holds the deployment's
 * catch-all mailbox, which the server reads over IMAP; the administration's mail reaches it over
 * SMTP, as an MTA would deliver it. Outgoing mail goes to a {@link RecordingSmtpServer}.
 */
public final class MailServers {

  public static final String DOMAIN = "relais.test";
  public static final String CATCH_ALL = "boite@" + DOMAIN;
  public static final String CATCH_ALL_PASSWORD = "boite-secret";

  private final GreenMail greenMail;
  private final RecordingSmtpServer outgoing;

  private MailServers(GreenMail greenMail, RecordingSmtpServer outgoing) {
    this.greenMail = greenMail;
    this.outgoing = outgoing;
  }

  public static MailServers start(int inboundSmtp, int imap, int outgoingSmtp) throws Exception {
    GreenMail gm =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(inboundSmtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            });
    gm.start();
    gm.setUser(CATCH_ALL, CATCH_ALL, CATCH_ALL_PASSWORD);
    return new MailServers(gm, RecordingSmtpServer.start(outgoingSmtp));
  }

  public GreenMail greenMail() {
    return greenMail;
  }

  public RecordingSmtpServer outgoing() {
    return outgoing;
  }

  /**
   * Delivers a raw message to the catch-all mailbox over SMTP, as the deployment's MTA would:
   * whatever its headers say, the envelope recipient is the catch-all.
   */
  public void deliver(String raw) throws Exception {
    deliver(raw, CATCH_ALL);
  }

  /** As {@link #deliver(String)}, into another mailbox of the same server. */
  public void deliver(String raw, String mailbox) throws Exception {
    sendAsWritten(greenMail.getSmtp().getPort(), raw, mailbox);
  }

  /**
   * Sends a raw message over SMTP on loopback exactly as written (its Message-ID, or none, and its
   * headers kept), to the envelope recipient given.
   */
  public static void sendAsWritten(int smtpPort, String raw, String recipient) throws Exception {
    Properties p = new Properties();
    p.setProperty("mail.smtp.host", "127.0.0.1");
    p.setProperty("mail.smtp.port", Integer.toString(smtpPort));
    Session session = Session.getInstance(p);
    MimeMessage m =
        new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
          @Override
          protected void updateMessageID() {
            // keep the Message-ID as written, or none
          }

          @Override
          protected void updateHeaders() {
            // deliver the message exactly as written
          }
        };
    Transport.send(m, new Address[] {new InternetAddress(recipient)});
  }

  /** Messages still waiting in the catch-all mailbox's inbox. */
  public int waitingInInbox() throws Exception {
    return count("INBOX");
  }

  public int count(String folder) throws Exception {
    return count(CATCH_ALL, CATCH_ALL_PASSWORD, folder);
  }

  /**
   * Messages not marked deleted in one folder of one mailbox (the server's reader may expunge some
   * while they are counted).
   */
  public int count(String user, String password, String folder) throws Exception {
    Properties p = new Properties();
    Session session = Session.getInstance(p);
    try (Store store = session.getStore("imap")) {
      store.connect("127.0.0.1", greenMail.getImap().getPort(), user, password);
      Folder f = store.getFolder(folder);
      if (!f.exists()) {
        return 0;
      }
      f.open(Folder.READ_ONLY);
      int n = 0;
      for (Message m : f.getMessages()) {
        try {
          if (!m.isExpunged() && !m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
            n++;
          }
        } catch (jakarta.mail.MessageRemovedException filedMeanwhile) {
          // The server's mail reader expunged it while it was counted: it is no longer waiting.
        }
      }
      f.close(false);
      return n;
    }
  }

  public void stop() {
    greenMail.stop();
    try {
      outgoing.close();
    } catch (Exception ignored) {
      // stopping anyway
    }
  }
}
