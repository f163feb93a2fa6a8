package fr.relais.it.support;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A syslog server for the test run: receives RFC 5424 messages over UDP on a loopback port and
 * keeps them, so that tests can see what the server sent to the system log.
 */
public final class SyslogReceiver implements AutoCloseable {

  private final DatagramSocket socket;
  private final List<String> messages = new ArrayList<>();
  private final Thread reader;

  private SyslogReceiver(DatagramSocket socket) {
    this.socket = socket;
    this.reader = new Thread(this::receive, "syslog-receiver");
    reader.setDaemon(true);
    reader.start();
  }

  public static SyslogReceiver start(int port) throws IOException {
    return new SyslogReceiver(new DatagramSocket(port, InetAddress.getByName("127.0.0.1")));
  }

  private void receive() {
    byte[] buffer = new byte[65_536];
    while (!socket.isClosed()) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
      } catch (SocketException closed) {
        return;
      } catch (IOException e) {
        continue;
      }
      String text =
          new String(
              packet.getData(), packet.getOffset(), packet.getLength(), StandardCharsets.UTF_8);
      synchronized (messages) {
        messages.add(text);
      }
    }
  }

  /** Every message received so far. */
  public List<String> messages() {
    synchronized (messages) {
      return List.copyOf(messages);
    }
  }

  @Override
  public void close() {
    socket.close();
  }
}
