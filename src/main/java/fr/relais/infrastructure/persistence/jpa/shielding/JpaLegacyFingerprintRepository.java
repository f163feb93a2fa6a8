package fr.relais.infrastructure.persistence.jpa.shielding;

import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.TakeoverClaim;
import fr.relais.domain.model.emailchange.EmailChange;
import fr.relais.domain.model.person.PersonContact;
import fr.relais.domain.model.shielding.LegacyFingerprintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The rows still hashed over exact values, by their {@code canonical_…} marks. */
@ApplicationScoped
public class JpaLegacyFingerprintRepository implements LegacyFingerprintRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<PersonContact> contacts(int limit) {
    return em.createQuery(
            "select c from PersonContact c where c.canonicalFingerprints = false",
            PersonContact.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<AdministrationAccount> administrationAccounts(int limit) {
    return em.createQuery(
            "select a from AdministrationAccount a where a.canonicalFingerprints = false",
            AdministrationAccount.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<EmailChange> emailChanges(int limit) {
    return em.createQuery(
            "select c from EmailChange c where c.canonicalFingerprints = false", EmailChange.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void rekey(EmailChange change, String newFingerprint, String baseFingerprint) {
    em.createQuery(
            "update EmailChange c set c.newFingerprint = :n, c.baseFingerprint = :b,"
                + " c.canonicalFingerprints = true where c.id = :id")
        .setParameter("n", newFingerprint)
        .setParameter("b", baseFingerprint)
        .setParameter("id", change.id())
        .executeUpdate();
  }

  @Override
  public List<TakeoverClaim> approvedClaims(int limit) {
    return em.createQuery(
            "select c from TakeoverClaim c where c.canonicalFlags = false"
                + " and c.status = fr.relais.domain.model.administration.TakeoverClaim.Status"
                + ".APPROVED",
            TakeoverClaim.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long remaining() {
    return count("select count(c) from PersonContact c where c.canonicalFingerprints = false")
        + count(
            "select count(a) from AdministrationAccount a where a.canonicalFingerprints = false")
        + count("select count(c) from EmailChange c where c.canonicalFingerprints = false")
        + count(
            "select count(c) from TakeoverClaim c where c.canonicalFlags = false"
                + " and c.status = fr.relais.domain.model.administration.TakeoverClaim.Status"
                + ".APPROVED");
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
