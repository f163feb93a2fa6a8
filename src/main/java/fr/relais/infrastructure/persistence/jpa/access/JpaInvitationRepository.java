package fr.relais.infrastructure.persistence.jpa.access;

import fr.relais.domain.model.access.Invitation;
import fr.relais.domain.model.access.InvitationRepository;
import fr.relais.domain.model.structure.StructureId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Invitations in the relational database. */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Invitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<Invitation> findByTokenHashForUpdate(String tokenHash) {
    // Locked: two sign-ins racing with the same link cannot both bind it.
    return em.createNamedQuery("Invitation.byTokenHash", Invitation.class)
        .setParameter("hash", tokenHash)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Invitation> find(UUID id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  @Override
  public List<Invitation> forStructure(StructureId structure) {
    return em.createNamedQuery("Invitation.forStructure", Invitation.class)
        .setParameter("structure", structure.value())
        .setMaxResults(200)
        .getResultList();
  }

  @Override
  public List<Invitation> forPrefectureAgents() {
    return em.createNamedQuery("Invitation.withoutStructure", Invitation.class)
        .setParameter("role", fr.relais.domain.model.access.Role.PREFECTURE_AGENT)
        .setMaxResults(200)
        .getResultList();
  }
}
