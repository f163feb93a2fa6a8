package fr.relais.infrastructure.mail;

import fr.relais.application.notification.MailTransport;
import fr.relais.domain.model.notification.OutgoingMail;
import fr.relais.domain.shared.TimeSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * The outbox's SMTP transport: the server's mail session {@code java:jboss/mail/Relais} (host,
 * port, TLS and sender from {@code wildfly-config/20-mail.cli}). A refusal with a 5xx reply, or an
 * address that cannot be one, is permanent; anything else (no connection, a 4xx) is tried again.
 */
@ApplicationScoped
public class SmtpTransport implements MailTransport {

  @Resource(lookup = "java:jboss/mail/Relais")
  Session session;

  @Override
  public void send(OutgoingMail mail, String messageId) throws Failure {
    MimeMessage m;
    try {
      InternetAddress to = new InternetAddress(mail.to(), true);
      m =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", messageId);
            }
          };
      m.setRecipient(Message.RecipientType.TO, to);
      m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      m.setText(mail.body(), StandardCharsets.UTF_8.name());
      m.setSentDate(Date.from(TimeSource.machineTime()));
      m.setHeader("Auto-Submitted", "auto-generated");
    } catch (AddressException bad) {
      throw new Failure("not an address: " + bad.getMessage(), true, bad);
    } catch (MessagingException e) {
      throw new Failure(e.getMessage(), false, e);
    }
    try {
      Transport.send(m);
    } catch (SendFailedException refused) {
      throw new Failure(describe(refused), permanent(refused), refused);
    } catch (MessagingException e) {
      throw new Failure(describe(e), permanent(e), e);
    }
  }

  /** A 5xx reply anywhere in the chain of causes is permanent. */
  private static boolean permanent(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      Integer code = returnCode(t);
      if (code != null) {
        return code >= 500;
      }
      if (t instanceof SendFailedException sfe
          && sfe.getNextException() != null
          && t != sfe.getNextException()) {
        Integer next = returnCode(sfe.getNextException());
        if (next != null) {
          return next >= 500;
        }
      }
    }
    return false;
  }

  /** The SMTP reply code Angus attaches to its exceptions, read without a compile-time link. */
  private static Integer returnCode(Throwable t) {
    try {
      Object code = t.getClass().getMethod("getReturnCode").invoke(t);
      return code instanceof Integer i && i > 0 ? i : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null && b.length() < 400; t = t.getCause()) {
      if (t.getMessage() != null) {
        b.append(b.length() == 0 ? "" : " / ").append(t.getMessage().strip());
      }
      if (t instanceof MessagingException me
          && me.getNextException() != null
          && me.getNextException() != t.getCause()) {
        b.append(" / ").append(String.valueOf(me.getNextException().getMessage()).strip());
      }
    }
    return b.toString();
  }
}
