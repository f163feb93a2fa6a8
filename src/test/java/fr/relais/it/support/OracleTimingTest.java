package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The oracle check's timing statistic tells apart what a caller could, and only that. */
class OracleTimingTest {

  private static long[] samples(Random r, double medianMs, double jitterMs, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      double ms = medianMs + jitterMs * r.nextGaussian();
      // Network-like: now and then a slow outlier, which a median must shrug off.
      if (r.nextInt(10) == 0) {
        ms += 40;
      }
      out[i] = (long) (Math.max(0.1, ms) * 1e6);
    }
    return out;
  }

  @Test
  void theSameDistributionIsNotDistinguishable() {
    Random r = new Random(7);
    for (int run = 0; run < 200; run++) {
      Oracle.Timing.Verdict v =
          Oracle.Timing.compare(samples(r, 12, 1.5, 30), samples(r, 12, 1.5, 30));
      assertFalse(v.distinguishable(), v.toString());
    }
  }

  @Test
  void anExtraQueryAndASeparateTransactionAreDistinguishable() {
    Random r = new Random(11);
    // A lookup that does 6 ms more work when the thing exists, as a write or a mail would.
    Oracle.Timing.Verdict v =
        Oracle.Timing.compare(samples(r, 18, 1.5, 30), samples(r, 12, 1.5, 30));
    assertTrue(v.distinguishable(), v.toString());
    // Slower service overall: a 40 % difference stays visible.
    Oracle.Timing.Verdict slow =
        Oracle.Timing.compare(samples(r, 70, 3, 30), samples(r, 50, 3, 30));
    assertTrue(slow.distinguishable(), slow.toString());
  }
}
