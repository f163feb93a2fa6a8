package fr.relais.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as it is: tests exercise exactly what ships. */
public final class RelaisDeployment {
  private RelaisDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("relais.war", "target/relais.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("build the WAR first (mvnw package): " + war);
    }
    return ShrinkWrap.create(ZipImporter.class, "relais.war").importFrom(war).as(WebArchive.class);
  }
}
