package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The existence-oracle check (E4, S40; the method is in docs/identity.md): the same lookup asked
 * about something that exists and about something that does not, in interleaved pairs whose order
 * is drawn at random, after a warm-up. Every answer must have the same status and the same body
 * (once what differs by nature — an id made, a request id — is taken out), and the two timing
 * samples must not be told apart by {@link Timing#distinguishable}.
 */
public final class Oracle {

  /** One request of a variant; {@code i} numbers the samples, for inputs that must be new each. */
  @FunctionalInterface
  public interface Lookup {
    HttpResponse<String> ask(int i) throws Exception;
  }

  public static final int WARM_UP = 5;
  public static final int SAMPLES = 30;

  private Oracle() {}

  /** Asserts that {@code exists} and {@code absent} answer alike, timing included. */
  public static Timing.Verdict assertNoOracle(
      String name, Lookup exists, Lookup absent, UnaryOperator<String> normalise) throws Exception {
    return assertNoOracle(name, SAMPLES, exists, absent, normalise);
  }

  public static Timing.Verdict assertNoOracle(
      String name, int samples, Lookup exists, Lookup absent, UnaryOperator<String> normalise)
      throws Exception {
    Random order = new Random(name.hashCode());
    for (int i = 0; i < WARM_UP; i++) {
      exists.ask(-1 - i);
      absent.ask(-1 - i);
    }
    long[] a = new long[samples];
    long[] b = new long[samples];
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      boolean existsFirst = order.nextBoolean();
      for (int k = 0; k < 2; k++) {
        boolean isExists = existsFirst == (k == 0);
        long start = System.nanoTime();
        HttpResponse<String> r = (isExists ? exists : absent).ask(i);
        long took = System.nanoTime() - start;
        (isExists ? a : b)[i] = took;
        String answer = r.statusCode() + " " + normalise.apply(r.body());
        if (seen.isEmpty()) {
          seen.add(answer);
        } else {
          assertEquals(
              seen.get(0),
              answer,
              name + ": " + (isExists ? "exists" : "absent") + " answered otherwise, sample " + i);
        }
      }
    }
    Timing.Verdict verdict = Timing.compare(a, b);
    System.out.println("E4 oracle check " + name + ": " + verdict + " answer " + seen.get(0));
    assertTrue(!verdict.distinguishable(), name + ": timing tells them apart: " + verdict);
    return verdict;
  }

  /** Removes the members of a JSON body whose value differs by nature between two requests. */
  public static UnaryOperator<String> without(String... members) {
    return body -> {
      String out = body;
      for (String m : members) {
        out = out.replaceAll("\"" + m + "\"\\s*:\\s*(\"[^\"]*\"|[0-9.eE+-]+|null|true|false)", "");
      }
      return out;
    };
  }

  /** The timing statistic, apart so that it can be tested on samples made up for it. */
  public static final class Timing {

    /** Below this, a difference of medians is taken for network noise. */
    public static final double FLOOR_MS = 3.0;

    /** Above this share of the faster median, a difference is one a caller could see. */
    public static final double SHARE = 0.10;

    private Timing() {}

    public record Verdict(double medianExistsMs, double medianAbsentMs, double allowedMs) {
      public boolean distinguishable() {
        return Math.abs(medianExistsMs - medianAbsentMs) > allowedMs;
      }

      @Override
      public String toString() {
        return String.format(
            java.util.Locale.ROOT,
            "median exists %.2f ms, absent %.2f ms, difference %.2f ms allowed %.2f ms",
            medianExistsMs,
            medianAbsentMs,
            Math.abs(medianExistsMs - medianAbsentMs),
            allowedMs);
      }
    }

    public static Verdict compare(long[] existsNanos, long[] absentNanos) {
      double ma = median(existsNanos) / 1e6;
      double mb = median(absentNanos) / 1e6;
      return new Verdict(ma, mb, Math.max(FLOOR_MS, SHARE * Math.min(ma, mb)));
    }

    static double median(long[] values) {
      long[] s = values.clone();
      Arrays.sort(s);
      int n = s.length;
      return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
    }
  }
}
