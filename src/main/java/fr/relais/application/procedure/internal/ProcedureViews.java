package fr.relais.application.procedure.internal;

import fr.relais.application.procedure.ProcedureService.AttestationView;
import fr.relais.application.procedure.ProcedureService.DocumentStatusView;
import fr.relais.application.procedure.ProcedureService.EventView;
import fr.relais.application.procedure.ProcedureService.ProcedureView;
import fr.relais.application.procedure.ProcedureService.RequestView;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import fr.relais.domain.model.document.DocumentRepository;
import fr.relais.domain.model.document.DocumentType;
import fr.relais.domain.model.document.DocumentVersion;
import fr.relais.domain.model.procedure.DocumentRequest;
import fr.relais.domain.model.procedure.Procedure;
import fr.relais.domain.model.procedure.ProcedureEvent;
import fr.relais.domain.model.procedure.ProcedureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A procedure as shown: its timeline with the actors' names, its requests for documents, its
 * attestations, and where each document it asked for or sent stands. Reads only; runs in the
 * caller's transaction, after the caller asked the access policy.
 */
@ApplicationScoped
class ProcedureViews {

  @Inject ProcedureRepository procedures;
  @Inject ProcedureTypeRepository catalogue;
  @Inject AccountRepository accounts;
  @Inject DocumentRepository documents;
  @Inject TimeSource clock;

  /** The display names of the members responsible for these procedures. */
  Map<AccountId, String> names(List<Procedure> found) {
    Set<AccountId> ids = new HashSet<>();
    for (Procedure p : found) {
      ids.add(new AccountId(p.responsible()));
    }
    return accounts.findAll(ids).stream()
        .collect(Collectors.toMap(Account::id, Account::displayName));
  }

  /** One procedure as shown to a member. */
  ProcedureView of(Procedure p, Locale locale) {
    return view(p, names(List.of(p)), locale, documents.ofPerson(p.personId()), false);
  }

  /**
   * The procedure as shown. {@code hers} are the versions of her file's documents; {@code own}:
   * shown to her, in her own space, where documents classified by nature or by a member are left
   * out of the documents' statuses (a device she shares must not tell of them, F1).
   */
  ProcedureView view(
      Procedure p,
      Map<AccountId, String> names,
      Locale locale,
      List<DocumentVersion> hers,
      boolean own) {
    LocalDate today = clock.today();
    List<ProcedureEvent> events = procedures.events(p.id());
    Map<AccountId, String> actors = new java.util.HashMap<>(names);
    Set<AccountId> missing =
        events.stream()
            .map(ProcedureEvent::actor)
            .filter(java.util.Objects::nonNull)
            .map(AccountId::new)
            .filter(a -> !actors.containsKey(a))
            .collect(Collectors.toSet());
    if (!missing.isEmpty()) {
      accounts.findAll(missing).forEach(a -> actors.put(a.id(), a.displayName()));
    }
    List<DocumentRequest> asked = procedures.requests(p.id());
    List<RequestView> requests =
        asked.stream()
            .map(
                r ->
                    new RequestView(
                        r.id().toString(),
                        r.requestedOn(),
                        r.dueOn(),
                        r.source().name(),
                        r.description(),
                        r.status(),
                        r.overdue(today),
                        r.answeredOn().orElse(null),
                        r.documentTypes().stream()
                            .filter(t -> !own || !t.classifiedByNature())
                            .map(Enum::name)
                            .toList()))
            .toList();
    List<AttestationView> attestations =
        procedures.attestations(p.id()).stream()
            .map(
                a ->
                    new AttestationView(
                        a.id().toString(),
                        a.kind().name(),
                        a.issuedOn(),
                        a.validUntil().orElse(null),
                        a.permitType(),
                        a.cesedaArticle(),
                        a.allowsWork(),
                        a.supersededOn().isPresent(),
                        a.validUntil().map(today::isAfter).orElse(false)))
            .toList();
    String label =
        catalogue
            .find(new ProcedureCode(p.typeCode()))
            .map(t -> t.label(locale))
            .orElse(p.typeCode());
    return new ProcedureView(
        p.id().toString(),
        p.personId().toString(),
        p.typeCode(),
        label,
        p.legalGround(),
        p.channel().name(),
        p.administrationReference().orElse(null),
        p.administrationAccount().map(UUID::toString).orElse(null),
        p.responsible().toString(),
        names.get(new AccountId(p.responsible())),
        p.status().name(),
        p.statusOn(),
        p.filedOn().orElse(null),
        p.frozen(),
        p.frozenReason(),
        requests.stream().anyMatch(RequestView::overdue),
        p.createdAt(),
        events.stream()
            .map(
                e ->
                    new EventView(
                        e.seq(),
                        e.kind().name(),
                        e.status() == null ? null : e.status().name(),
                        e.statusOn(),
                        e.channel() == null ? null : e.channel().name(),
                        e.detail(),
                        e.versions().stream().map(UUID::toString).toList(),
                        e.messageId() == null ? null : e.messageId().toString(),
                        e.actor() == null ? null : actors.get(new AccountId(e.actor())),
                        e.at()))
            .toList(),
        requests,
        attestations,
        documentStatuses(asked, events, hers, own));
  }

  /**
   * Each type of document this procedure asked for or sent, and where it stands: sent with an
   * action since it was last asked for; else provided (a version in her file since); else
   * requested.
   */
  static List<DocumentStatusView> documentStatuses(
      List<DocumentRequest> asked,
      List<ProcedureEvent> events,
      List<DocumentVersion> hers,
      boolean own) {
    List<DocumentVersion> visible =
        hers.stream()
            .filter(v -> !own || !(v.classified() || v.type().classifiedByNature()))
            .toList();
    Map<UUID, DocumentVersion> byId =
        visible.stream().collect(Collectors.toMap(DocumentVersion::id, Function.identity()));
    Map<DocumentType, LocalDate> requested = new java.util.EnumMap<>(DocumentType.class);
    for (DocumentRequest r : asked) {
      for (DocumentType t : r.documentTypes()) {
        requested.merge(t, r.requestedOn(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Map<DocumentType, ProcedureEvent> sentBy = new java.util.EnumMap<>(DocumentType.class);
    Map<DocumentType, DocumentVersion> sent = new java.util.EnumMap<>(DocumentType.class);
    for (ProcedureEvent e : events) { // in order: the last sending wins
      for (UUID id : e.versions()) {
        DocumentVersion v = byId.get(id);
        if (v != null) {
          sentBy.put(v.type(), e);
          sent.put(v.type(), v);
        }
      }
    }
    java.util.Set<DocumentType> types = java.util.EnumSet.noneOf(DocumentType.class);
    types.addAll(requested.keySet());
    types.addAll(sent.keySet());
    List<DocumentStatusView> out = new ArrayList<>();
    for (DocumentType t : types) {
      if (own && t.classifiedByNature()) {
        continue;
      }
      LocalDate askedOn = requested.get(t);
      ProcedureEvent e = sentBy.get(t);
      LocalDate sentOn = e == null ? null : e.at().atZone(TimeSource.DEFAULT_ZONE).toLocalDate();
      if (e != null && (askedOn == null || !sentOn.isBefore(askedOn))) {
        out.add(
            new DocumentStatusView(t.name(), "SENT", askedOn, sent.get(t).id().toString(), sentOn));
        continue;
      }
      DocumentVersion provided =
          visible.stream()
              .filter(v -> v.type() == t)
              .filter(
                  v ->
                      !v.createdAt()
                          .atZone(TimeSource.DEFAULT_ZONE)
                          .toLocalDate()
                          .isBefore(askedOn))
              .max(java.util.Comparator.comparing(DocumentVersion::createdAt))
              .orElse(null);
      out.add(
          provided == null
              ? new DocumentStatusView(t.name(), "REQUESTED", askedOn, null, null)
              : new DocumentStatusView(
                  t.name(),
                  "PROVIDED",
                  askedOn,
                  provided.id().toString(),
                  provided.createdAt().atZone(TimeSource.DEFAULT_ZONE).toLocalDate()));
    }
    return out;
  }
}
