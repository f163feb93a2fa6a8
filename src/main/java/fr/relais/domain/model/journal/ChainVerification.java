package fr.relais.domain.model.journal;

/**
 * The result of a journal verification: how many entries were found intact before the first broken
 * link, and where and why it broke.
 */
public record ChainVerification(
    boolean intact, long entriesChecked, Long firstBrokenSeq, String reason) {

  public static ChainVerification intact(long checked) {
    return new ChainVerification(true, checked, null, null);
  }

  public static ChainVerification broken(long checked, long seq, String reason) {
    return new ChainVerification(false, checked, seq, reason);
  }
}
