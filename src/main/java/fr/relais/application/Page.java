package fr.relais.application;

import java.util.List;

/**
 * One page of a list read by keyset pages: its items and the opaque cursor of the next page, null
 * on the last one. Built by {@link Keyset}; a client hands {@code next} back unchanged.
 */
public record Page<T>(List<T> items, String next) {

  /** A page with nothing on it and nothing after it. */
  public static <T> Page<T> empty() {
    return new Page<>(List.of(), null);
  }
}
