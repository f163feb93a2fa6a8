package fr.relais.infrastructure.mail;

import fr.relais.application.mailbox.AdministrationGateway;
import fr.relais.domain.model.mailbox.AdministrationMessage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The administration gateway over IMAP (A5): the deployment's catch-all mailbox, read with Jakarta
 * Mail. Every message in the folder is fetched whole, parsed ({@link MimeParser}) and handed to the
 * mailbox; only once the mailbox has committed it is the message moved to the processed folder — so
 * a crash at any moment leaves it in the inbox, to be recognised and moved at the next pass. Where
 * the server supports IDLE, the reader waits for news with it; otherwise it polls.
 *
 * <p>Configuration: {@code relais.mail.inbound.host}, {@code .port}, {@code .tls}, {@code .user},
 * {@code .password}, {@code .folder} (INBOX), {@code .processed-folder}. Without a host the gateway
 * receives nothing. One node reads at a time: the caller holds the lease.
 */
@ApplicationScoped
public class ImapGateway implements AdministrationGateway {

  private static final Logger LOG = Logger.getLogger(ImapGateway.class.getName());

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.port", defaultValue = "993")
  int port;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.tls", defaultValue = "true")
  boolean tls;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.folder", defaultValue = "INBOX")
  String folderName;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.processed-folder", defaultValue = "Relais-traites")
  String processedName;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.batch-size", defaultValue = "100")
  int batchSize;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.max-message-bytes", defaultValue = "62914560")
  long maxMessageBytes;

  private MimeParser parser;
  private Store store;
  private Folder folder;
  private ScheduledExecutorService idleBreaker;

  @PostConstruct
  void init() {
    parser = new MimeParser(32L * 1024 * 1024);
    idleBreaker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "relais-imap-idle-breaker");
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Override
  public synchronized int receive(Sink sink) {
    if (!configured()) {
      return 0;
    }
    try {
      Folder inbox = reselect();
      int count = inbox.getMessageCount();
      int processed = 0;
      for (int n = 1; n <= Math.min(count, batchSize); n++) {
        Message message = inbox.getMessage(n);
        if (message.isSet(Flags.Flag.DELETED)) {
          continue;
        }
        AdministrationMessage parsed = parser.parse(raw(message));
        boolean accepted;
        try {
          accepted = sink.accept(parsed);
        } catch (RuntimeException e) {
          // One message the mailbox cannot take now must not hold up the others: it stays in the
          // inbox for the next pass.
          LOG.log(Level.WARNING, "Inbound message left for the next pass", e);
          accepted = false;
        }
        if (accepted) {
          markProcessed(inbox, message);
          processed++;
        }
      }
      inbox.expunge();
      return processed;
    } catch (MessagingException | IOException e) {
      closeQuietly();
      throw new GatewayException("IMAP mailbox unavailable: " + e.getMessage(), e);
    }
  }

  /** The whole message as it was received, fetched once. */
  private byte[] raw(Message message) throws MessagingException, IOException {
    int size = message.getSize();
    if (size > maxMessageBytes) {
      // Too large to read at all: its headers stand for it, and it goes where they say, marked
      // malformed, rather than blocking the mailbox.
      ByteArrayOutputStream headers = new ByteArrayOutputStream();
      java.util.Enumeration<jakarta.mail.Header> all = message.getAllHeaders();
      while (all.hasMoreElements()) {
        jakarta.mail.Header h = all.nextElement();
        headers.writeBytes((h.getName() + ": " + h.getValue() + "\r\n").getBytes());
      }
      headers.writeBytes("\r\n".getBytes());
      return headers.toByteArray();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(size, 1024));
    message.writeTo(out);
    return out.toByteArray();
  }

  /**
   * Copied to the processed folder, then marked deleted in the inbox (expunged after the batch).
   */
  private void markProcessed(Folder inbox, Message message) throws MessagingException {
    Folder processed = store.getFolder(processedName);
    if (!processed.exists()) {
      processed.create(Folder.HOLDS_MESSAGES);
    }
    inbox.copyMessages(new Message[] {message}, processed);
    message.setFlag(Flags.Flag.DELETED, true);
  }

  @Override
  public void awaitNews(Duration max) {
    if (!configured()) {
      sleep(max);
      return;
    }
    Folder inbox;
    synchronized (this) {
      try {
        inbox = open();
      } catch (MessagingException e) {
        closeQuietly();
        sleep(max);
        return;
      }
    }
    Method idle = idleMethod(inbox);
    if (idle == null) {
      sleep(max);
      return;
    }
    // IDLE returns when the server reports news; a command from another thread ends it sooner.
    // It must be a command that goes to the server: getMessageCount() answers from the cache when
    // the connection was used less than a second ago and leaves IDLE running, so a message that
    // arrived just before IDLE started would wait for the next one. A search of unseen messages
    // always goes to the server. It is repeated until IDLE has returned, since one sent before
    // IDLE had started would not end it.
    ScheduledFuture<?> breaker =
        idleBreaker.scheduleWithFixedDelay(
            () -> {
              try {
                inbox.getUnreadMessageCount();
              } catch (MessagingException | RuntimeException ignored) {
                // the reader will reconnect
              }
            },
            max.toMillis(),
            max.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      idle.invoke(inbox, Boolean.TRUE);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.log(Level.FINE, "IMAP IDLE ended", e);
      sleep(Duration.ofSeconds(1));
    } finally {
      breaker.cancel(false);
    }
  }

  /** The IMAP folder's {@code idle(boolean)} when the server announces IDLE. */
  private Method idleMethod(Folder inbox) {
    try {
      Method has = store.getClass().getMethod("hasCapability", String.class);
      if (!Boolean.TRUE.equals(has.invoke(store, "IDLE"))) {
        return null;
      }
      return inbox.getClass().getMethod("idle", boolean.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The inbox selected afresh, so that its message count is the server's answer to SELECT. Between
   * passes the connection only hears of new and removed messages through unsolicited EXISTS and
   * EXPUNGE responses; when deliveries and expunges interleave, a server may number them so that
   * the count kept from them falls short of what the folder holds, and a message would wait unseen
   * until the next delivery. Closing without expunging loses nothing: what is marked deleted stays
   * marked, and is skipped and expunged by the pass.
   */
  private Folder reselect() throws MessagingException {
    if (folder != null && folder.isOpen()) {
      folder.close(false);
    }
    return open();
  }

  private Folder open() throws MessagingException {
    if (store == null || !store.isConnected()) {
      Properties p = new Properties();
      String protocol = tls ? "imaps" : "imap";
      p.setProperty("mail.store.protocol", protocol);
      p.setProperty("mail." + protocol + ".host", host.orElseThrow());
      p.setProperty("mail." + protocol + ".port", Integer.toString(port));
      p.setProperty("mail." + protocol + ".connectiontimeout", "10000");
      p.setProperty("mail." + protocol + ".timeout", "60000");
      p.setProperty("mail." + protocol + ".partialfetch", "false");
      if (tls) {
        p.setProperty("mail.imaps.ssl.checkserveridentity", "true");
      }
      store = Session.getInstance(p).getStore(protocol);
      // Optional, not an empty default: a server without inbound mail needs neither.
      store.connect(host.get(), port, user.orElse(""), password.orElse(""));
      folder = null;
    }
    if (folder == null || !folder.isOpen()) {
      folder = store.getFolder(folderName);
      folder.open(Folder.READ_WRITE);
    }
    return folder;
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  @PreDestroy
  void shutdown() {
    idleBreaker.shutdownNow();
    close();
  }

  private void closeQuietly() {
    try {
      if (folder != null && folder.isOpen()) {
        folder.close(true);
      }
    } catch (MessagingException | RuntimeException ignored) {
      // closing anyway
    }
    try {
      if (store != null) {
        store.close();
      }
    } catch (MessagingException | RuntimeException ignored) {
      // closing anyway
    }
    folder = null;
    store = null;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
