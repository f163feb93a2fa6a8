package fr.relais.application.procedure.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.administration.AdministrationAccount;
import fr.relais.domain.model.administration.AdministrationAccountRepository;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.FilingChannel;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.model.procedure.ProcedureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a request on a procedure names, read and checked: the procedure itself (locked, with her
 * file and the member the access policy lets act on it), a filing channel, a status, one of her
 * administration accounts, a member who may be responsible, versions of her file's documents, open
 * requests of the procedure. Runs in the caller's transaction.
 */
@ApplicationScoped
class ProcedureInputs {

  @Inject AccessPolicy policy;
  @Inject ProcedureRepository procedures;
  @Inject AccountRepository accounts;
  @Inject AdministrationAccountRepository administrationAccounts;
  @Inject DocumentRepository documents;

  /** The procedure, locked, her file, and the member who may act on it (B2, S11). */
  record Acting(Procedure procedure, Person person, AuthenticatedUser user) {}

  Acting acting(ProcedureId procedureId, String action) {
    Procedure p = find(procedureId, true);
    Person person = policy.persons().requireSeeFile(new PersonId(p.personId()), action);
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.procedures().requireAct(person, p.typeCode(), action);
    return new Acting(p, person, user);
  }

  Procedure find(ProcedureId procedureId, boolean forUpdate) {
    return (forUpdate ? procedures.findForUpdate(procedureId) : procedures.find(procedureId))
        .orElseThrow(NotFoundException::new);
  }

  static FilingChannel channel(String value) {
    try {
      return FilingChannel.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("channel", "ANEF, PREFECTURE, POST or OTHER");
    }
  }

  static ProcedureStatus status(String value) {
    try {
      return ProcedureStatus.valueOf(String.valueOf(value));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "a procedure status");
    }
  }

  /** An administration account of her record, or none. */
  UUID administrationAccount(Person person, String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return administrationAccounts
          .find(UUID.fromString(id))
          .filter(a -> a.personId().equals(person.id().value()))
          .map(AdministrationAccount::id)
          .orElseThrow(() -> new InvalidInputException("administrationAccountId", "not hers"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("administrationAccountId", "not an account of hers");
    }
  }

  /** An active administrator or social worker of her structure; by default the member acting. */
  UUID responsible(Person person, String id, AuthenticatedUser user) {
    if (id == null || id.isBlank()) {
      return user.accountId().value();
    }
    try {
      return accounts
          .find(new AccountId(UUID.fromString(id)))
          .filter(a -> policy.procedures().mayBeResponsible(a, person))
          .map(a -> a.id().value())
          .orElseThrow(
              () -> new InvalidInputException("responsibleId", "not an active member who may act"));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("responsibleId", "not a member");
    }
  }

  /** Versions of her file's documents, as sent. */
  List<UUID> versions(Person person, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    Set<UUID> out = new LinkedHashSet<>();
    for (String id : ids) {
      try {
        DocumentVersion v =
            documents
                .version(UUID.fromString(id))
                .filter(d -> d.personId().equals(person.id().value()))
                .orElseThrow(() -> new InvalidInputException("versionIds", "not of her file"));
        out.add(v.id());
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new InvalidInputException("versionIds", "not a document version");
      }
    }
    return List.copyOf(out);
  }

  /** The open requests of this procedure named by the action. */
  List<DocumentRequest> openRequests(Procedure p, List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of(); // unsolicited documents
    }
    Map<UUID, DocumentRequest> open =
        procedures.requests(p.id()).stream()
            .filter(DocumentRequest::isOpen)
            .collect(Collectors.toMap(DocumentRequest::id, Function.identity()));
    List<DocumentRequest> out = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (String id : ids) {
      DocumentRequest r;
      try {
        r = open.get(UUID.fromString(id));
      } catch (IllegalArgumentException | NullPointerException e) {
        r = null;
      }
      if (r == null) {
        throw new InvalidInputException("requestIds", "not an open request of this procedure");
      }
      if (seen.add(r.id())) {
        out.add(r);
      }
    }
    return out;
  }

  /** A refusal of the domain ({@code field: reason}) as a conflict. */
  static ConflictException conflict(IllegalStateException e) {
    String message = String.valueOf(e.getMessage());
    int colon = message.indexOf(':');
    return colon > 0
        ? new ConflictException(message.substring(0, colon), message.substring(colon + 1).trim())
        : new ConflictException("status", message);
  }
}
