package fr.relais.it.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The demonstration structures the integration tests act in; their ids derive from stable names.
 */
public final class Structures {
  private Structures() {}

  /** The demonstration CCAS (department 47). */
  public static final String CCAS = demo("ccas");

  /** The demonstration association, another structure than the CCAS. */
  public static final String ASSO = demo("asso");

  private static String demo(String name) {
    return UUID.nameUUIDFromBytes(
            ("relais-demo-structure:" + name).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
