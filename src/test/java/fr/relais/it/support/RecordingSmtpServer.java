package fr.relais.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SMTP server Relais's outgoing mail goes to in the tests: a real SMTP conversation over TCP on
 * a loopback port, which keeps every message it accepts for the tests to read, refuses for good
 * (550) any recipient whose address contains {@code rejet}, and can be stopped and started again on
 * the same port to play an outage.
 */
public final class RecordingSmtpServer implements AutoCloseable {

  /** One accepted message: its envelope recipients and its raw text. */
  public record Received(String from, List<String> recipients, String raw) {}

  private final int port;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private volatile ServerSocket server;
  private volatile Thread acceptor;

  private RecordingSmtpServer(int port) {
    this.port = port;
  }

  public static RecordingSmtpServer start(int port) throws IOException {
    RecordingSmtpServer s = new RecordingSmtpServer(port);
    s.up();
    return s;
  }

  /** Starts listening again after {@link #down()}. */
  public synchronized void up() throws IOException {
    if (server != null) {
      return;
    }
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
    server = socket;
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket client = socket.accept();
                  Thread t = new Thread(() -> converse(client), "smtp-session");
                  t.setDaemon(true);
                  t.start();
                } catch (SocketException closed) {
                  return;
                } catch (IOException e) {
                  // next
                }
              }
            },
            "smtp-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Stops listening: connections are refused, as when a mail server is down. */
  public synchronized void down() throws IOException {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  public void clear() {
    received.clear();
  }

  private void converse(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream()) {
      client.setSoTimeout(30_000);
      reply(out, "220 relais-test ESMTP");
      String from = null;
      List<String> rcpt = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("EHLO")) {
          reply(out, "250-relais-test\r\n250-8BITMIME\r\n250 SIZE 104857600");
        } else if (upper.startsWith("HELO")) {
          reply(out, "250 relais-test");
        } else if (upper.startsWith("MAIL FROM:")) {
          from = address(line);
          rcpt = new ArrayList<>();
          reply(out, "250 2.1.0 OK");
        } else if (upper.startsWith("RCPT TO:")) {
          String to = address(line);
          if (to.toLowerCase(Locale.ROOT).contains("rejet")) {
            reply(out, "550 5.1.1 <" + to + ">: Recipient address rejected: User unknown");
          } else {
            rcpt.add(to);
            reply(out, "250 2.1.5 OK");
          }
        } else if (upper.equals("DATA")) {
          if (rcpt.isEmpty()) {
            reply(out, "554 5.5.1 No valid recipients");
            continue;
          }
          reply(out, "354 End data with <CR><LF>.<CR><LF>");
          StringBuilder data = new StringBuilder();
          String d;
          while ((d = in.readLine()) != null && !d.equals(".")) {
            data.append(d.startsWith("..") ? d.substring(1) : d).append("\r\n");
          }
          received.add(new Received(from, List.copyOf(rcpt), data.toString()));
          reply(out, "250 2.0.0 OK queued");
        } else if (upper.startsWith("RSET")) {
          from = null;
          rcpt = new ArrayList<>();
          reply(out, "250 2.0.0 OK");
        } else if (upper.startsWith("NOOP")) {
          reply(out, "250 2.0.0 OK");
        } else if (upper.startsWith("QUIT")) {
          reply(out, "221 2.0.0 Bye");
          return;
        } else {
          reply(out, "502 5.5.2 Command not recognized");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static String address(String line) {
    int lt = line.indexOf('<');
    int gt = line.indexOf('>', lt + 1);
    return lt >= 0 && gt > lt
        ? line.substring(lt + 1, gt)
        : line.substring(line.indexOf(':') + 1).trim();
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    down();
  }
}
