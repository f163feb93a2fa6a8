package fr.relais.it.support;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * One deployment of Relais per test run: an Arquillian extension that deploys the WAR as soon as
 * Arquillian has started WildFly, through the container's own deployer, and undeploys it just
 * before Arquillian stops the server. Test classes declare no {@code @Deployment} of their own, so
 * every class of the run talks to the same deployment, as clients talk to a server that stays up.
 * They reach it at {@link Ports#base()}, never through an injected {@code @ArquillianResource} URL
 * (which needs a deployment of the class's own).
 *
 * <p>What a class finds is the state the classes before it left: the database was always shared by
 * the whole run; now the server's memory is too (HTTP sessions, cached provider metadata, the
 * recurring jobs, which start once, with the deployment). The classes that need a server of their
 * own start one ({@link StandaloneServer}).
 *
 * <p>Registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}. A
 * deployment that fails fails Arquillian's start, and with it every class of the run, with the
 * server's reason.
 */
public final class RunDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Deployer.class);
  }

  /** Observes the managed container's start and stop (once each per run). */
  public static final class Deployer {
    private static final Logger LOG = Logger.getLogger(RunDeployment.class.getName());

    private WebArchive war;

    public void deploy(@Observes AfterStart started) throws Exception {
      DeployableContainer<?> container = started.getDeployableContainer();
      long start = System.nanoTime();
      war = RelaisDeployment.war();
      container.deploy(war);
      LOG.info(
          "relais.war deployed for the whole run in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    }

    public void undeploy(@Observes BeforeStop stopping) throws Exception {
      if (war != null) {
        stopping.getDeployableContainer().undeploy(war);
        war = null;
      }
    }
  }
}
