package fr.relais.infrastructure.persistence.h2;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.h2.tools.Server;

/**
 * On H2 only, and only when {@code relais.db.h2.tcp-port} is set: H2's TCP server, in this server's
 * JVM, so that tools beside it — the journal's command-line verifier, the tests — reach the
 * database the server has open, as {@code jdbc:h2:tcp://127.0.0.1:<port>/<file>}. H2's mixed mode,
 * made explicit: its automatic form ({@code AUTO_SERVER=TRUE}) cannot be combined with {@code
 * DB_CLOSE_ON_EXIT=FALSE}, without which H2 closes the database from its own shutdown hook while
 * WildFly is still stopping — and the journal's last seal and checkpoint fail (S50).
 *
 * <p>It serves only databases that exist ({@code -ifExists}) and only connections from this machine
 * (H2 refuses others unless told to allow them); {@code wildfly-config} binds it to 127.0.0.1
 * ({@code h2.bindAddress}). Stopping it ends the outside sessions, never the database, which the
 * datasource closes when its own connections are gone.
 */
@ApplicationScoped
public class H2TcpServer {

  private static final Logger LOG = Logger.getLogger(H2TcpServer.class.getName());

  @Inject
  @ConfigProperty(name = "relais.db.driver", defaultValue = "h2")
  String driver;

  @Inject
  @ConfigProperty(name = "relais.db.h2.tcp-port")
  Optional<Integer> port;

  private Server server;

  void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    if (port.isEmpty() || port.get() <= 0 || !"h2".equalsIgnoreCase(driver.strip())) {
      return;
    }
    try {
      server =
          Server.createTcpServer("-tcpPort", Integer.toString(port.get()), "-ifExists").start();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "H2's TCP server did not start on port " + port.get() + " (relais.db.h2.tcp-port)", e);
    }
    LOG.info(
        "H2 database open to tools on this machine: jdbc:h2:tcp://127.0.0.1:"
            + server.getPort()
            + "/<database file>");
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
