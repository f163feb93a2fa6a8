package fr.relais.it.support;

import org.jboss.arquillian.test.spi.TestRunnerAdaptor;
import org.jboss.arquillian.test.spi.TestRunnerAdaptorBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Arquillian at the level of the run: the first test class to start makes Arquillian start the
 * managed WildFly (and with it {@link RunDeployment}'s one deployment); the server stops when the
 * run ends. Every integration-test class talks to that server over HTTP from outside and needs
 * nothing of Arquillian per class (no {@code @Deployment}, no injection), so no per-class or
 * per-test Arquillian event is fired: test classes may then run two at a time (see
 * docs/test-suite.md, "Two classes at a time"), which Arquillian's per-class lifecycle does not
 * allow. The start happens once, under a lock, whichever class comes first; a failed start fails
 * every class with the same reason, without trying again.
 */
public final class ArquillianRun implements BeforeAllCallback {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ArquillianRun.class);
  private static final Object LOCK = new Object();

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Run run;
    synchronized (LOCK) {
      run =
          context
              .getRoot()
              .getStore(NAMESPACE)
              .getOrComputeIfAbsent(Run.class, key -> Run.start(), Run.class);
    }
    run.assertStarted();
  }

  /** The run's Arquillian: started once, stopped when JUnit closes the root context. */
  static final class Run implements ExtensionContext.Store.CloseableResource {
    private final TestRunnerAdaptor adaptor;
    private final Exception failure;

    private Run(TestRunnerAdaptor adaptor, Exception failure) {
      this.adaptor = adaptor;
      this.failure = failure;
    }

    static Run start() {
      TestRunnerAdaptor adaptor = null;
      try {
        adaptor = TestRunnerAdaptorBuilder.build();
        adaptor.beforeSuite();
        return new Run(adaptor, null);
      } catch (Exception e) {
        return new Run(adaptor, e);
      }
    }

    void assertStarted() throws Exception {
      if (failure != null) {
        throw new IllegalStateException("The run's server did not start", failure);
      }
    }

    @Override
    public void close() throws Exception {
      if (adaptor == null) {
        return;
      }
      try {
        adaptor.afterSuite();
      } finally {
        adaptor.shutdown();
      }
    }
  }
}
