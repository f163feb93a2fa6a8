package fr.relais.infrastructure.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.relais.domain.model.mailbox.AdministrationMessage;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IMAP gateway against a real IMAP server (GreenMail on loopback): whatever arrives while a
 * batch is being filed, or between two passes, is filed by a following pass, each message once.
 */
class ImapGatewayTest {

  private static final String BOX = "boite@relais.test";
  private static final String PASSWORD = "boite-secret";

  private GreenMail mail;
  private ImapGateway gateway;

  @BeforeEach
  void start() {
    mail =
        new GreenMail(
            new ServerSetup[] {
              ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()
            });
    mail.start();
    mail.setUser(BOX, BOX, PASSWORD);
    gateway = new ImapGateway();
    gateway.host = Optional.of("127.0.0.1");
    gateway.port = mail.getImap().getPort();
    gateway.tls = false;
    gateway.user = java.util.Optional.of(BOX);
    gateway.password = java.util.Optional.of(PASSWORD);
    gateway.folderName = "INBOX";
    gateway.processedName = "Relais-traites";
    gateway.batchSize = 100;
    gateway.maxMessageBytes = 1024 * 1024;
    gateway.init();
  }

  @AfterEach
  void stop() {
    gateway.shutdown();
    mail.stop();
  }

  @Test
  void mailArrivingDuringABatchIsFiledByTheNextPass() throws Exception {
    List<String> filed = new ArrayList<>();
    int next = 0;
    send("m" + next++);
    for (int round = 0; round < 15; round++) {
      int arriving = round % 3 + 1;
      int first = next;
      next += arriving;
      boolean[] sent = {false};
      // Messages arrive while the first of the batch is being filed...
      passes(
          m -> {
            if (!sent[0]) {
              sent[0] = true;
              for (int i = first; i < first + arriving; i++) {
                send("m" + i);
              }
            }
            filed.add(m.subject());
            return true;
          });
      // ...and between passes.
      send("m" + next++);
    }
    passes(
        m -> {
          filed.add(m.subject());
          return true;
        });
    assertEquals(0, waiting(), "nothing left in the inbox");
    assertEquals(next, filed.size(), "every message filed once: " + filed);
    assertEquals(next, filed.stream().distinct().count());
  }

  /** Passes until one finds nothing, as the reader does. */
  private void passes(Sink sink) {
    int guard = 0;
    while (gateway.receive(sink::accept) > 0 && guard++ < 50) {
      // the next pass at once
    }
  }

  interface Sink {
    boolean accept(AdministrationMessage m);
  }

  private void send(String subject) {
    try {
      Properties p = new Properties();
      p.setProperty("mail.smtp.host", "127.0.0.1");
      p.setProperty("mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
      Session s = Session.getInstance(p);
      MimeMessage m = new MimeMessage(s);
      m.setFrom(new InternetAddress("prefecture@interieur.example"));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress("x+abc@relais.test"));
      m.setSubject(subject);
      m.setText("Contenu de " + subject);
      m.saveChanges();
      Transport.send(m, new InternetAddress[] {new InternetAddress(BOX)});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int waiting() throws Exception {
    try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
      store.connect("127.0.0.1", mail.getImap().getPort(), BOX, PASSWORD);
      Folder f = store.getFolder("INBOX");
      f.open(Folder.READ_ONLY);
      int n = 0;
      for (Message m : f.getMessages()) {
        if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
          n++;
        }
      }
      return n;
    }
  }
}
