package fr.relais.domain.model.structure;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * French department codes (01-95 without 20, 2A, 2B, 971-976), kept sorted, stored comma-separated.
 */
public final class Departments {
  private static final Pattern CODE =
      Pattern.compile("0[1-9]|1[0-9]|[2-8][0-9]|9[0-5]|2A|2B|97[1-6]");

  private Departments() {}

  /** Whether the two sets share at least one department. */
  public static boolean intersect(Set<String> a, Set<String> b) {
    for (String code : a) {
      if (b.contains(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Parses and validates a set of department codes.
   *
   * @throws IllegalArgumentException when empty or when a code is not a French department
   */
  public static Set<String> parse(java.util.Collection<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new IllegalArgumentException("at least one department");
    }
    Set<String> result = new TreeSet<>();
    for (String raw : codes) {
      String code = raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT);
      if (!CODE.matcher(code).matches() || "20".equals(code)) {
        throw new IllegalArgumentException("unknown department " + raw);
      }
      result.add(code);
    }
    return result;
  }

  /** The stored form: codes comma-separated, as given (callers pass a parsed, sorted set). */
  public static String join(Set<String> codes) {
    return String.join(",", codes);
  }

  /** The codes of a stored value, sorted; empty for null or blank. */
  public static Set<String> split(String stored) {
    if (stored == null || stored.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(stored.split(",")).collect(Collectors.toCollection(TreeSet::new));
  }
}
