package fr.relais.application.person;

import fr.relais.application.Page;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.mandate.MandateId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an accompanied person sees and does with their own access: their records, the mandates they
 * gave (and revoking them, whole or procedure by procedure, B1), and who accessed their data (S43).
 * Every read and every action is journaled (S50).
 */
public interface MyFileService {

  /** One procedure type of a mandate, as the person sees it. */
  record MyScope(String code, String label, boolean revoked) {}

  /** A mandate the person gave. */
  record MyMandate(
      String id,
      String status,
      String legalBasis,
      LocalDate startsOn,
      LocalDate endsOn,
      List<MyScope> scopes,
      Instant revokedAt,
      boolean revokedByPerson,
      boolean revocable) {}

  /** One of the person's records: the structure that follows them and the mandates given to it. */
  record MyRecord(
      String personId,
      String structureName,
      String displayName,
      LocalDate birthDate,
      boolean protectedPerson,
      List<MyMandate> mandates) {}

  /** One line of the person's access history. */
  record MyAccessEntry(
      long seq,
      Instant at,
      boolean self,
      String actor,
      String structureName,
      String action,
      String outcome,
      String category) {}

  /** The person's records in force, with their mandates. */
  List<MyRecord> myFile();

  /** Revokes a whole mandate the person gave. */
  MyMandate revoke(MandateId mandateId, String reason);

  /** Withdraws one procedure type from a mandate the person gave. */
  MyMandate revokeScope(MandateId mandateId, ProcedureCode procedureCode);

  /** Who read or acted on the person's records, newest first, by pages. */
  Page<MyAccessEntry> history(String before, Integer limit);
}
