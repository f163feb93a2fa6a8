package fr.relais.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies the Flyway migrations while Hibernate builds the session factory, before it validates the
 * schema ({@code hibernate.hbm2ddl.auto=validate}). A {@code @Startup} bean would run too late.
 *
 * <p>Migrations for the database in use are read from {@code db/migration/common} and {@code
 * db/migration/<vendor>}. When a migration owner is configured ({@code relais.db.migration-user}),
 * migrations run as that owner and grant the application user only what it needs: on the journal,
 * {@code SELECT} and {@code INSERT}, never {@code UPDATE} or {@code DELETE} (S50).
 */
public class FlywayIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
    DataSource dataSource =
        factory.getServiceRegistry().getService(ConnectionProvider.class).unwrap(DataSource.class);
    Config config = ConfigProvider.getConfig(FlywayIntegrator.class.getClassLoader());
    String migrationUser =
        config.getOptionalValue("relais.db.migration-user", String.class).orElse("");
    String appUser;
    String url;
    String vendor;
    try (Connection c = dataSource.getConnection()) {
      appUser = c.getMetaData().getUserName();
      url = c.getMetaData().getURL();
      vendor = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("database unreachable for migrations", e);
    }
    String folder = vendor.contains("postgres") ? "postgresql" : "h2";
    var flyway =
        Flyway.configure(FlywayIntegrator.class.getClassLoader())
            .locations("classpath:db/migration/common", "classpath:db/migration/" + folder)
            .placeholders(Map.of("app_user", quoteIdentifier(appUser, folder)))
            .baselineOnMigrate(false);
    if (migrationUser.isBlank()) {
      flyway.dataSource(dataSource);
    } else {
      String password =
          config.getOptionalValue("relais.db.migration-password", String.class).orElse("");
      flyway.dataSource(url, migrationUser, password);
    }
    var result = flyway.load().migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migration(s) applied)");
  }

  private static String quoteIdentifier(String name, String folder) {
    if ("postgresql".equals(folder)) {
      return '"' + name.replace("\"", "\"\"") + '"';
    }
    return name;
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
    // nothing to release
  }
}
