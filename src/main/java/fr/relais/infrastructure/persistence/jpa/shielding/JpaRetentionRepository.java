package fr.relais.infrastructure.persistence.jpa.shielding;

import fr.relais.application.shielding.SealedField.Owner;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.ErasedFile;
import fr.relais.domain.model.shielding.RetentionRepository;
import fr.relais.domain.model.shielding.RetentionRun;
import fr.relais.infrastructure.persistence.jpa.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The retention job's deletions, in native SQL: each erase names every table that holds a part of
 * what it erases, children before parents, and the vault's data keys of the sealed parts. The
 * persistence context is cleared after each, so no managed entity outlives its row.
 */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

  private static final String RUN_COLUMNS =
      "select run_on, started_at, finished_at, files_erased, sealed_documents_erased, mail_erased,"
          + " journal_entries_anonymised from retention_run";

  @PersistenceContext private EntityManager em;

  @Override
  public List<PersonId> filesClosedBefore(Instant cutoff, int limit) {
    return uuids(
            "select id from person where closed_at < ? order by closed_at, id",
            limit,
            Timestamp.from(cutoff))
        .stream()
        .map(PersonId::new)
        .toList();
  }

  @Override
  public ErasedFile eraseFile(PersonId person) {
    UUID p = person.value();
    em.flush();
    List<UUID> mandates = uuids("select id from mandate where person_id = ?", 0, p);
    List<UUID> messages = uuids("select id from inbound_message where person_id = ?", 0, p);
    List<UUID> attachments =
        messages.isEmpty()
            ? List.of()
            : uuidsIn("select id from message_attachment where message_id in (:ids)", messages);
    List<UUID> versions = uuids("select id from person_document where person_id = ?", 0, p);
    List<UUID> documents =
        uuids("select distinct document_id from person_document where person_id = ?", 0, p);
    List<UUID> notes = uuids("select id from person_note where person_id = ?", 0, p);
    List<UUID> links = uuids("select id from person_access where person_id = ?", 0, p);
    List<UUID> invitations =
        uuids("select id from person_access_invitation where person_id = ?", 0, p);
    List<UUID> blocked = uuids("select id from blocked_person where person_id = ?", 0, p);
    List<UUID> locks = uuids("select id from emergency_lock where person_id = ?", 0, p);
    List<UUID> accounts =
        uuids("select distinct account_id from person_access where person_id = ?", 0, p);
    List<ErasedFile.Login> logins = new ArrayList<>();
    for (UUID account : accounts) {
      for (Object row :
          em.createNativeQuery("select issuer, subject from account where id = ?")
              .setParameter(1, account)
              .getResultList()) {
        Object[] r = (Object[]) row;
        logins.add(new ErasedFile.Login((String) r[0], (String) r[1]));
      }
    }

    int rows = 0;
    rows += deleteKeys(Owner.PERSON, List.of(p));
    rows += deleteKeys(Owner.PERSON_DOCUMENT, versions);
    rows += deleteKeys(Owner.PERSON_NOTE, notes);
    rows += deleteKeys(Owner.MAIL_ATTACHMENT, attachments);
    rows += eraseMessageRows(messages, attachments);
    rows += delete("delete from person_mail_token where person_id = ?", p);
    if (!versions.isEmpty()) {
      rows += deleteIn("delete from person_document_content where version_id in (:ids)", versions);
    }
    rows += delete("delete from person_document where person_id = ?", p);
    rows += delete("delete from person_note where person_id = ?", p);
    rows += delete("delete from identity_verification where person_id = ?", p);
    rows += delete("delete from phone_check_throttle where person_id = ?", p);
    rows += delete("delete from email_change where person_id = ?", p);
    rows += delete("delete from flagged_address where person_id = ?", p);
    rows +=
        delete(
            "delete from takeover_claim_attachment where claim_id in"
                + " (select id from takeover_claim where person_id = ?)",
            p);
    rows += delete("delete from takeover_claim where person_id = ?", p);
    rows +=
        delete(
            "delete from procedure_event where procedure_id in"
                + " (select id from person_procedure where person_id = ?)",
            p);
    rows += delete("delete from document_request where person_id = ?", p);
    rows += delete("delete from procedure_blockage where person_id = ?", p);
    rows += delete("delete from attestation where person_id = ?", p);
    rows += delete("delete from person_procedure where person_id = ?", p);
    rows += delete("delete from residence_permit where person_id = ?", p);
    rows += delete("delete from deadline_step where person_id = ?", p);
    rows += delete("delete from reminder where person_id = ?", p);
    rows += delete("delete from administration_account where person_id = ?", p);
    rows += delete("delete from outbox_mail where person_id = ?", p);
    if (!mandates.isEmpty()) {
      rows += deleteIn("delete from mandate_document where mandate_id in (:ids)", mandates);
      rows += deleteIn("delete from mandate_scope where mandate_id in (:ids)", mandates);
    }
    rows += delete("delete from mandate where person_id = ?", p);
    List<UUID> subjects = new ArrayList<>(mandates);
    subjects.add(p);
    rows += deleteIn("delete from reminder where subject_id in (:ids)", subjects);
    rows += delete("delete from caseload_assignment where person_id = ?", p);
    rows += delete("delete from person_contact where person_id = ?", p);
    rows += delete("delete from blocked_person where person_id = ?", p);
    rows += delete("delete from emergency_lock where person_id = ?", p);
    rows += delete("delete from protection_lifting_consent where person_id = ?", p);
    rows += delete("delete from person_access where person_id = ?", p);
    rows += delete("delete from person_access_invitation where person_id = ?", p);
    rows += delete("delete from person where id = ?", p);
    // Her own account goes with her last file: nothing else of hers is left to sign in to.
    for (UUID account : accounts) {
      Number others =
          (Number)
              em.createNativeQuery("select count(*) from person_access where account_id = ?")
                  .setParameter(1, account)
                  .getSingleResult();
      if (others.longValue() == 0) {
        rows += delete("delete from account_session where account_id = ?", account);
        rows += delete("delete from phone_check_code where account_id = ?", account);
        rows += delete("delete from notification_preference where account_id = ?", account);
        rows += delete("delete from notification_digest_item where account_id = ?", account);
        rows += delete("delete from outbox_mail where account_id = ?", account);
        rows += delete("delete from reminder where account_id = ?", account);
        rows += delete("delete from message_read where account_id = ?", account);
        rows += delete("delete from account where id = ?", account);
      }
    }
    em.clear();

    Set<String> references = new LinkedHashSet<>();
    references.add(p.toString());
    for (List<UUID> ids :
        List.of(
            mandates,
            messages,
            attachments,
            versions,
            documents,
            notes,
            links,
            invitations,
            blocked,
            locks,
            accounts)) {
      ids.forEach(id -> references.add(id.toString()));
    }
    return new ErasedFile(references, logins, rows);
  }

  @Override
  public List<UUID> sealedDocumentVersionsOfFilesClosedBefore(Instant cutoff, int limit) {
    return uuids(
        "select d.id from person_document d join person p on p.id = d.person_id"
            + " where d.sealed = true and p.closed_at < ? order by d.id",
        limit,
        Timestamp.from(cutoff));
  }

  @Override
  public Set<String> eraseDocumentVersions(List<UUID> versions) {
    if (versions.isEmpty()) {
      return Set.of();
    }
    em.flush();
    Set<String> references = new LinkedHashSet<>();
    uuidsIn("select distinct document_id from person_document where id in (:ids)", versions)
        .forEach(id -> references.add(id.toString()));
    versions.forEach(id -> references.add(id.toString()));
    deleteKeys(Owner.PERSON_DOCUMENT, versions);
    deleteIn("delete from person_document_content where version_id in (:ids)", versions);
    deleteIn("delete from person_document where id in (:ids)", versions);
    em.clear();
    return references;
  }

  @Override
  public List<UUID> unfiledMailBefore(Instant cutoff, int limit) {
    return uuids(
        "select id from inbound_message where status in ('QUARANTINE', 'DISCARDED')"
            + " and received_at < ? order by received_at, id",
        limit,
        Timestamp.from(cutoff));
  }

  @Override
  public void eraseMessages(List<UUID> messages) {
    if (messages.isEmpty()) {
      return;
    }
    em.flush();
    List<UUID> attachments =
        uuidsIn("select id from message_attachment where message_id in (:ids)", messages);
    deleteKeys(Owner.MAIL_ATTACHMENT, attachments);
    eraseMessageRows(messages, attachments);
    em.clear();
  }

  private int eraseMessageRows(List<UUID> messages, List<UUID> attachments) {
    if (messages.isEmpty()) {
      return 0;
    }
    int rows = 0;
    if (!attachments.isEmpty()) {
      rows +=
          deleteIn(
              "delete from message_attachment_content where attachment_id in (:ids)", attachments);
    }
    rows += deleteIn("delete from message_attachment where message_id in (:ids)", messages);
    rows += deleteIn("delete from message_body where message_id in (:ids)", messages);
    rows += deleteIn("delete from message_read where message_id in (:ids)", messages);
    rows += deleteIn("delete from inbound_message where id in (:ids)", messages);
    return rows;
  }

  @Override
  public java.util.Optional<RetentionRun> run(LocalDate day) {
    List<?> rows =
        em.createNativeQuery(RUN_COLUMNS + " where run_on = ?")
            .setParameter(1, day)
            .getResultList();
    return rows.stream().map(r -> run((Object[]) r)).findFirst();
  }

  @Override
  public void startRun(LocalDate day, Instant at) {
    em.createNativeQuery(
            "insert into retention_run (run_on, started_at, finished_at, files_erased,"
                + " sealed_documents_erased, mail_erased, journal_entries_anonymised)"
                + " values (?, ?, null, 0, 0, 0, 0)")
        .setParameter(1, day)
        .setParameter(2, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public void count(LocalDate day, int files, int sealedDocuments, int mail, int journalEntries) {
    em.createNativeQuery(
            "update retention_run set files_erased = files_erased + ?,"
                + " sealed_documents_erased = sealed_documents_erased + ?,"
                + " mail_erased = mail_erased + ?,"
                + " journal_entries_anonymised = journal_entries_anonymised + ? where run_on = ?")
        .setParameter(1, files)
        .setParameter(2, sealedDocuments)
        .setParameter(3, mail)
        .setParameter(4, journalEntries)
        .setParameter(5, day)
        .executeUpdate();
  }

  @Override
  public void finishRun(LocalDate day, Instant at) {
    em.createNativeQuery("update retention_run set finished_at = ? where run_on = ?")
        .setParameter(1, Timestamp.from(at))
        .setParameter(2, day)
        .executeUpdate();
  }

  @Override
  public List<RetentionRun> latestRuns(int limit) {
    List<?> rows =
        em.createNativeQuery(RUN_COLUMNS + " order by run_on desc")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream().map(r -> run((Object[]) r)).toList();
  }

  @Override
  public long clientAddressWatermark() {
    return ((Number)
            em.createNativeQuery(
                    "select client_address_watermark from retention_state where id = 1")
                .getSingleResult())
        .longValue();
  }

  @Override
  public void saveClientAddressWatermark(long seq) {
    em.createNativeQuery("update retention_state set client_address_watermark = ? where id = 1")
        .setParameter(1, seq)
        .executeUpdate();
  }

  private static RetentionRun run(Object[] r) {
    return new RetentionRun(
        r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0],
        NativeValues.instant(r[1]),
        NativeValues.instant(r[2]),
        ((Number) r[3]).intValue(),
        ((Number) r[4]).intValue(),
        ((Number) r[5]).intValue(),
        ((Number) r[6]).intValue());
  }

  private int deleteKeys(Owner owner, List<UUID> owners) {
    if (owners.isEmpty()) {
      return 0;
    }
    return em.createNativeQuery(
            "delete from vault_data_key where owner_kind = :kind and owner_id in (:ids)")
        .setParameter("kind", owner.kind())
        .setParameter("ids", owners)
        .executeUpdate();
  }

  private int delete(String sql, UUID id) {
    return em.createNativeQuery(sql).setParameter(1, id).executeUpdate();
  }

  private int deleteIn(String sql, Collection<UUID> ids) {
    return em.createNativeQuery(sql).setParameter("ids", ids).executeUpdate();
  }

  private List<UUID> uuids(String sql, int limit, Object param) {
    var query = em.createNativeQuery(sql).setParameter(1, param);
    if (limit > 0) {
      query.setMaxResults(limit);
    }
    return query.getResultList().stream().map(NativeValues::uuid).toList();
  }

  private List<UUID> uuidsIn(String sql, Collection<UUID> ids) {
    return em.createNativeQuery(sql).setParameter("ids", ids).getResultList().stream()
        .map(NativeValues::uuid)
        .toList();
  }
}
