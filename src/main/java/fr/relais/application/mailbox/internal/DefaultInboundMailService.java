package fr.relais.application.mailbox.internal;

import fr.relais.application.documents.EvidenceInspection;
import fr.relais.application.documents.EvidenceRejectedException;
import fr.relais.application.journal.Journal;
import fr.relais.application.mailbox.AdministrationGateway;
import fr.relais.application.mailbox.HtmlSanitiser;
import fr.relais.application.mailbox.InboundMailService;
import fr.relais.application.notification.Notifications;
import fr.relais.application.shielding.IdentityMatcher;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.journal.JournalActor;
import fr.relais.domain.model.journal.JournalRecord;
import fr.relais.domain.model.mailbox.AdministrationMessage;
import fr.relais.domain.model.mailbox.InboundMessage;
import fr.relais.domain.model.mailbox.MailAddressing;
import fr.relais.domain.model.mailbox.MailboxRepository;
import fr.relais.domain.model.mailbox.MessageAttachment;
import fr.relais.domain.model.mailbox.PersonMailToken;
import fr.relais.domain.model.mailbox.TriageReason;
import fr.relais.domain.model.mailbox.UrgencyAssessment;
import fr.relais.domain.model.mailbox.UrgencyRules;
import fr.relais.domain.model.notification.NotificationKind;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.person.PersonRepository;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files the administration's mail (A5). Each message is routed by the addresses it was delivered
 * to: a person's current token files it in her record; a retired token, a token under another
 * structure's name, the structure's own address or an unknown token hold it in that structure's
 * triage; what no structure can be told of goes to the platform's quarantine. A message delivered
 * twice (same key, same route) is filed once. Each message is one transaction, which also writes
 * the notifications of the members concerned into the outbox.
 */
@ApplicationScoped
public class DefaultInboundMailService implements InboundMailService {

  @Inject fr.relais.application.procedure.ProcedureService procedures;
  @Inject IdentityMatcher matcher;
  @Inject fr.relais.application.access.AccessPolicy policy;

  static final JournalActor MAILBOX = JournalActor.system("mailbox");

  @Inject MailboxRepository mailbox;
  @Inject EvidenceInspection evidence;
  @Inject fr.relais.application.identity.AdministrationAccountService administrationAccounts;
  @Inject PersonRepository people;
  @Inject AccountRepository accounts;
  @Inject Journal journal;
  @Inject TimeSource clock;
  @Inject MailAddressing addressing;
  @Inject HtmlSanitiser sanitiser;
  @Inject Notifications notifications;
  @Inject AdministrationGateway gateway;
  @Inject InboundMailService self;
  @Inject fr.relais.application.shielding.Vault vault;

  @Inject
  @ConfigProperty(name = "relais.mail.inbound.max-attachment-bytes", defaultValue = "10485760")
  long maxAttachmentBytes;

  private final UrgencyRules rules = UrgencyRules.standard();

  @Override
  public int ingestWaiting() {
    return gateway.receive(self::ingest);
  }

  /** Where a message goes, once for each route. */
  private sealed interface Route {
    String key();

    record Filed(PersonMailToken token) implements Route {
      public String key() {
        return token.token().value();
      }
    }

    record Triage(StructureId structure, TriageReason reason) implements Route {
      public String key() {
        return "triage:" + structure.value();
      }
    }

    record Quarantine(TriageReason reason) implements Route {
      public String key() {
        return "quarantine";
      }
    }
  }

  @Override
  @Transactional(TxType.REQUIRES_NEW)
  public boolean ingest(AdministrationMessage m) {
    Instant now = clock.now();
    LocalDate today = clock.today();
    String html = m.html() == null ? null : sanitiser.sanitise(m.html());
    String text = m.text() != null ? m.text() : html == null ? null : textOf(html);
    InboundMessage.Content content =
        new InboundMessage.Content(
            m.key(),
            null,
            m.sender(),
            m.subject(),
            m.sentAt(),
            text,
            html,
            m.sizeBytes(),
            m.attachments().size());
    // A5, C6: what the message asks for and by when, read once on arrival whatever its route, its
    // delays counted from the day of receipt: an urgent request held in triage is flagged too.
    UrgencyAssessment urgency = rules.assess(m.subject(), text, today);
    for (Map.Entry<Route, String> e : routes(m).entrySet()) {
      Route route = e.getKey();
      if (mailbox.exists(m.key(), route.key())) {
        continue; // delivered again: filed already
      }
      InboundMessage.Content c =
          new InboundMessage.Content(
              content.messageKey(),
              e.getValue(),
              content.sender(),
              content.subject(),
              content.sentAt(),
              content.bodyText(),
              content.bodyHtml(),
              content.sizeBytes(),
              content.attachmentCount());
      InboundMessage message;
      if (route instanceof Route.Filed f) {
        message =
            InboundMessage.filed(
                c, f.token().token(), f.token().structureId(), f.token().personId(), urgency, now);
      } else if (route instanceof Route.Triage t) {
        message = InboundMessage.triaged(c, t.structure().value(), t.reason(), urgency, now);
      } else {
        message = InboundMessage.quarantined(c, ((Route.Quarantine) route).reason(), now);
      }
      mailbox.add(message);
      // F2: filed for a protected person, its attachments are kept sealed.
      boolean seal =
          route instanceof Route.Filed f
              && people
                  .find(new PersonId(f.token().personId()))
                  .map(fr.relais.domain.model.person.Person::isProtected)
                  .orElse(false);
      storeAttachments(message, m.attachments(), seal);
      record(message, route);
      tell(message, route);
      if (route instanceof Route.Filed f) {
        // E2: the first message at her sub-address confirms the move of an account's address.
        administrationAccounts.messageArrived(new PersonId(f.token().personId()), now);
        // C2, C5: filed in the procedure whose reference it names; a request sets a due date.
        procedures.messageFiled(
            f.token().personId(),
            message.id().value(),
            m.subject(),
            text,
            message.kind(),
            message.dueOn());
      }
    }
    return true;
  }

  /**
   * Each route the message takes, with the address of ours that led there. The catch-all mailbox's
   * own address ({@code Delivered-To} on everything a catch-all delivers) is how the message came,
   * not a recipient: left out. A person's record is the more specific route: a message filed in the
   * record of someone a structure follows is not also held in that structure's triage for having
   * been sent to its own address too (a copy in {@code To} or {@code Cc}) — the administrator would
   * file it a second time. Any other reason to hold it (a retired or unknown token, a blocked
   * sender, another structure's name) still holds it, and a structure's triage keeps the most
   * specific reason among its addresses.
   */
  private Map<Route, String> routes(AdministrationMessage m) {
    Map<String, Route> byKey = new LinkedHashMap<>();
    Map<String, String> addressByKey = new LinkedHashMap<>();
    boolean ours = false;
    for (String raw : m.recipients()) {
      if (addressing.isMailbox(raw)) {
        continue; // the catch-all's own address (Delivered-To): how it came, not where it goes
      }
      Optional<MailAddressing.Recipient> r = addressing.recognise(raw);
      if (r.isEmpty()) {
        continue;
      }
      ours = true;
      Route route = route(r.get(), m.problem() != null, m.sender());
      Route held = byKey.get(route.key());
      if (held == null || moreSpecific(route, held)) {
        byKey.put(route.key(), route);
        addressByKey.put(route.key(), r.get().address());
      }
    }
    Set<StructureId> filedIn = new HashSet<>();
    for (Route route : byKey.values()) {
      if (route instanceof Route.Filed f) {
        filedIn.add(new StructureId(f.token().structureId()));
      }
    }
    Map<Route, String> routes = new LinkedHashMap<>();
    for (Map.Entry<String, Route> e : byKey.entrySet()) {
      if (e.getValue() instanceof Route.Triage t
          && t.reason() == TriageReason.STRUCTURE_ADDRESS
          && filedIn.contains(t.structure())) {
        continue; // filed in her record: nothing left to sort for the structure
      }
      routes.put(e.getValue(), addressByKey.get(e.getKey()));
    }
    if (!ours) {
      routes.put(
          new Route.Quarantine(
              m.problem() != null ? TriageReason.MALFORMED : TriageReason.NO_RECIPIENT),
          null);
    }
    return routes;
  }

  /**
   * Whether a route says more than the one already held for the same structure's triage: the
   * structure's own address says least (to no one in particular).
   */
  private static boolean moreSpecific(Route candidate, Route held) {
    return candidate instanceof Route.Triage c
        && held instanceof Route.Triage h
        && h.reason() == TriageReason.STRUCTURE_ADDRESS
        && c.reason() != TriageReason.STRUCTURE_ADDRESS;
  }

  /** The bare address of a sender such as {@code Name <a@b.fr>}, or the text itself. */
  static String address(String sender) {
    if (sender == null) {
      return null;
    }
    int open = sender.lastIndexOf('<');
    int close = sender.lastIndexOf('>');
    return open >= 0 && close > open ? sender.substring(open + 1, close) : sender.strip();
  }

  private Route route(MailAddressing.Recipient r, boolean malformed, String sender) {
    if (r instanceof MailAddressing.Recipient.Person p) {
      Optional<PersonMailToken> token = mailbox.token(p.token());
      if (token.isEmpty()) {
        return structureOf(p.structureLocalPart())
            .<Route>map(s -> new Route.Triage(s, TriageReason.UNKNOWN_TOKEN))
            .orElse(new Route.Quarantine(TriageReason.UNKNOWN_TOKEN));
      }
      PersonMailToken t = token.get();
      StructureId owner = new StructureId(t.structureId());
      if (p.structureLocalPart() != null
          && !structureOf(p.structureLocalPart()).map(owner::equals).orElse(false)) {
        return new Route.Triage(owner, TriageReason.WRONG_STRUCTURE);
      }
      if (!t.isCurrent()) {
        return new Route.Triage(owner, TriageReason.RETIRED_TOKEN);
      }
      if (malformed) {
        return new Route.Triage(owner, TriageReason.MALFORMED);
      }
      PersonId her = new PersonId(t.personId());
      Optional<IdentityMatcher.Match> match =
          matcher.email(address(sender)).flatMap(k -> matcher.match(her, List.of(k)));
      if (match.isPresent()) {
        // F5, S46: mail from someone on her blocked list, or from an address flagged on her file,
        // in any variant, is held for review, not filed in the open; a blocked sender alerts.
        if (match.get().reason() == IdentityMatcher.Reason.BLOCKED) {
          matcher.alert(her, IdentityMatcher.Alert.FOLLOWERS);
        }
        return new Route.Triage(owner, TriageReason.BLOCKED_SENDER);
      }
      return new Route.Filed(t);
    }
    if (r instanceof MailAddressing.Recipient.Structure s) {
      return structureOf(s.structureLocalPart())
          .<Route>map(
              id ->
                  new Route.Triage(
                      id, malformed ? TriageReason.MALFORMED : TriageReason.STRUCTURE_ADDRESS))
          .orElse(new Route.Quarantine(TriageReason.UNKNOWN_ADDRESS));
    }
    if (r instanceof MailAddressing.Recipient.UnknownToken u) {
      return structureOf(u.structureLocalPart())
          .<Route>map(id -> new Route.Triage(id, TriageReason.UNKNOWN_TOKEN))
          .orElse(new Route.Quarantine(TriageReason.UNKNOWN_TOKEN));
    }
    return new Route.Quarantine(TriageReason.UNKNOWN_ADDRESS);
  }

  private Optional<StructureId> structureOf(String localPart) {
    return localPart == null ? Optional.empty() : mailbox.structureByLocalPart(localPart);
  }

  /** S60: type from the content, never the name; size limits; stored under generated names. */
  private void storeAttachments(
      InboundMessage message, List<AdministrationMessage.Attachment> all, boolean seal) {
    int position = 0;
    for (AdministrationMessage.Attachment a : all) {
      position++;
      if (a.problem() != null) {
        // S60, C3: cut short or undecodable: recorded as refused with the reason, never dropped.
        mailbox.add(
            MessageAttachment.refused(
                message.id(), position, a.fileName(), a.declaredType(), a.sizeBytes(), a.problem()),
            null);
        continue;
      }
      if (a.content() == null || a.sizeBytes() > maxAttachmentBytes) {
        mailbox.add(
            MessageAttachment.refused(
                message.id(), position, a.fileName(), a.declaredType(), a.sizeBytes(), "TOO_LARGE"),
            null);
        continue;
      }
      String declared = a.declaredType() == null ? null : a.declaredType().toLowerCase(Locale.ROOT);
      if (declared != null
          && (declared.startsWith("application/octet-stream")
              || declared.startsWith("application/x-download"))) {
        declared = null; // "some bytes": nothing declared
      }
      try {
        EvidenceInspection.Inspected inspected =
            evidence.inspect(a.content(), declared, maxAttachmentBytes);
        if (seal) {
          // Sealed before it is first written: the clear bytes never reach the database.
          UUID id = UUID.randomUUID();
          SealedAttachments.Sealed sealed =
              SealedAttachments.seal(vault, id, a.fileName(), inspected.content());
          mailbox.add(
              MessageAttachment.keptSealed(
                  id,
                  message.id(),
                  position,
                  inspected.mediaType(),
                  inspected.content().length,
                  sealed.name()),
              sealed.content());
          continue;
        }
        mailbox.add(
            MessageAttachment.kept(
                message.id(),
                position,
                a.fileName(),
                a.declaredType(),
                inspected.mediaType(),
                inspected.content().length,
                inspected.sha256Hex()),
            inspected.content());
      } catch (EvidenceRejectedException refused) {
        mailbox.add(
            MessageAttachment.refused(
                message.id(),
                position,
                a.fileName(),
                a.declaredType(),
                a.sizeBytes(),
                refused.reason()),
            null);
      }
    }
  }

  /** S50: the filing is journaled, naming the person and never the content. */
  private void record(InboundMessage message, Route route) {
    JournalRecord.Builder b = JournalRecord.by(MAILBOX).in(message.structureId());
    JournalRecord r;
    if (route instanceof Route.Filed) {
      r = b.about("person", message.personId()).success("message.file", message.id().toString());
    } else if (route instanceof Route.Triage t) {
      r = b.about("message", message.id()).success("message.triage", t.reason().name());
    } else {
      r =
          b.about("message", message.id())
              .success("message.quarantine", ((Route.Quarantine) route).reason().name());
    }
    journal.record(r);
  }

  /** The members concerned hear of it through the outbox, as they chose (S42: no content). */
  private void tell(InboundMessage message, Route route) {
    if (route instanceof Route.Filed) {
      NotificationKind kind =
          message.urgent() ? NotificationKind.URGENT_MESSAGE : NotificationKind.NEW_MESSAGE;
      for (AccountId follower : people.assignees(new PersonId(message.personId()))) {
        notifications.tell(follower, kind);
      }
    } else if (route instanceof Route.Triage t) {
      List<Account> admins = new ArrayList<>();
      for (Account a : accounts.membersOf(t.structure())) {
        if (policy.structures().administers(a, t.structure())) {
          admins.add(a);
        }
      }
      admins.forEach(a -> notifications.tell(a.id(), NotificationKind.TRIAGE));
    }
    // the quarantine: nobody to tell, the operator sees counts
  }

  /** A rough text of sanitised HTML, for the urgency rules only (never shown). */
  private static String textOf(String html) {
    return html.replaceAll("(?s)<[^>]*>", " ")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
