package fr.relais.domain.model.shielding;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long each class of data is kept (S61, S12), each period counted from the event that ends the
 * data's use. Deletion is final; the journal is never deleted, its personal references are
 * anonymised.
 *
 * @param closedFileYears a file closed this many years ago is erased with everything in it
 * @param sealedDocumentYears sealed documents of a file closed this many years ago are erased first
 *     (evidence of violence, protection orders, complaints, medical certificates)
 * @param unfiledMailDays mail never filed into a file — quarantined, or discarded from triage — and
 *     its attachments, this many days after it arrived
 * @param clientAddressDays the network address in journal entries older than this
 */
public record RetentionPolicy(
    int closedFileYears, int sealedDocumentYears, int unfiledMailDays, int clientAddressDays) {

  public RetentionPolicy {
    if (closedFileYears < 1 || sealedDocumentYears < 1 || unfiledMailDays < 1) {
      throw new IllegalArgumentException("retention periods must be at least one year or day");
    }
    if (sealedDocumentYears > closedFileYears) {
      throw new IllegalArgumentException(
          "sealed documents cannot outlive the file they belong to: "
              + sealedDocumentYears
              + " > "
              + closedFileYears);
    }
    if (clientAddressDays < 1) {
      throw new IllegalArgumentException("the client address period must be at least one day");
    }
  }

  /** Files closed before this instant are erased on {@code today}. */
  public Instant closedFileCutoff(LocalDate today) {
    return startOf(today.minus(Period.ofYears(closedFileYears)));
  }

  public Instant sealedDocumentCutoff(LocalDate today) {
    return startOf(today.minus(Period.ofYears(sealedDocumentYears)));
  }

  public Instant unfiledMailCutoff(Instant now) {
    return now.minus(Duration.ofDays(unfiledMailDays));
  }

  public Instant clientAddressCutoff(Instant now) {
    return now.minus(Duration.ofDays(clientAddressDays));
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
