package fr.relais.application.file.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.file.NoteService;
import fr.relais.application.journal.Journal;
import fr.relais.application.person.PersonService;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.note.NoteRepository;
import fr.relais.domain.model.note.PersonNote;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The notes of people's files, each decision asked of the access policy, every action journaled.
 */
@ApplicationScoped
@Transactional
public class DefaultNoteService implements NoteService {

  private static final int DEFAULT_PAGE = 20;
  private static final int MAX_PAGE = 100;

  @Inject AccessPolicy policy;
  @Inject NoteRepository notes;
  @Inject AccountRepository accounts;
  @Inject Vault vault;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public PersonService.Page<NoteView> list(String personId, String before, Integer limit) {
    Person person = policy.persons().requireSeeFile(personId, "note.list");
    AuthenticatedUser user = policy.requireAuthenticated();
    int size = limit == null ? DEFAULT_PAGE : limit;
    if (size < 1 || size > MAX_PAGE) {
      throw new InvalidInputException("limit", "between 1 and " + MAX_PAGE);
    }
    Instant beforeAt = null;
    UUID beforeId = null;
    if (before != null && !before.isBlank()) {
      try {
        int sep = before.indexOf('_');
        beforeAt = Instant.parse(before.substring(0, sep));
        beforeId = UUID.fromString(before.substring(sep + 1));
      } catch (RuntimeException e) {
        throw new InvalidInputException("before", "not a cursor from a previous page");
      }
    }
    List<PersonNote> rows = notes.page(person.id().value(), beforeAt, beforeId, size + 1);
    boolean more = rows.size() > size;
    List<PersonNote> page = more ? rows.subList(0, size) : rows;
    Map<AccountId, String> authors = authors(page);
    // The rule asked once per kind of note, not once per note.
    Map<Boolean, Boolean> memo = new java.util.HashMap<>();
    java.util.function.Function<Boolean, Boolean> rule =
        c -> memo.computeIfAbsent(c, k -> policy.sealed().canOpenItem(user, person, k));
    List<NoteView> items = new ArrayList<>();
    int opened = 0;
    for (PersonNote n : page) {
      NoteView v = view(rule, n, null, authors);
      if (n.sealed() && !v.textMasked()) {
        opened++;
      }
      items.add(v);
    }
    if (opened > 0) {
      journal.record(user.journal().about(person).success("sealed.open", "notes (" + opened + ")"));
    }
    journal.record(user.journal().about(person).success("note.list", items.size() + " note(s)"));
    PersonNote last = more ? page.get(page.size() - 1) : null;
    return new PersonService.Page<>(
        items, last == null ? null : last.createdAt() + "_" + last.id());
  }

  @Override
  public NoteView add(String personId, NewNote input) {
    Person person = policy.persons().requireSeeFile(personId, "note.add");
    AuthenticatedUser user = policy.requireAuthenticated();
    // F2: a protected person's notes are written only by who may read them.
    policy.persons().requireWrite(person, "note.add");
    if (input == null) {
      throw new InvalidInputException("text", "required");
    }
    PersonNote note;
    try {
      note =
          new PersonNote(
              UUID.randomUUID(),
              person.id().value(),
              input.text(),
              Boolean.TRUE.equals(input.sensitive()),
              user.accountId().value(),
              clock.now());
    } catch (IllegalArgumentException e) {
      throw fr.relais.application.InvalidInputException.from(e, "text");
    }
    String text = note.text();
    if (note.sensitive() || person.isProtected()) {
      seal(vault, note); // F2, S12: never in clear at rest
    }
    notes.add(note);
    journal.record(
        user.journal()
            .about(person)
            .success(
                "note.add",
                (note.sensitive() ? "sensitive" : "ordinary") + (note.sealed() ? ", sealed" : "")));
    return view(
        c -> policy.sealed().canOpenItem(user, person, c), note, text, authors(List.of(note)));
  }

  @Override
  public NoteView markSensitive(String noteId) {
    PersonNote note;
    try {
      note = notes.find(UUID.fromString(noteId)).orElseThrow(NotFoundException::new);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException();
    }
    Person person = policy.persons().requireSeeFile(note.personId().toString(), "note.sensitive");
    AuthenticatedUser user = policy.requireAuthenticated();
    policy.persons().requireEdit(person, "note.sensitive");
    if (note.sensitive()) {
      throw new ConflictException("sensitive", "the note is marked sensitive already");
    }
    String text = note.text();
    note.markSensitive();
    seal(vault, note);
    journal.record(user.journal().about(person).success("note.sensitive"));
    return view(
        c -> policy.sealed().canOpenItem(user, person, c), note, text, authors(List.of(note)));
  }

  /** Seals a note held in clear (also when its person is protected, from the protection). */
  public static void seal(Vault vault, PersonNote note) {
    if (!note.sealed()) {
      note.seal(vault.seal(binding(note), note.text().getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** A sealed note's text; the caller has asked the access policy and journals it. */
  static String open(Vault vault, PersonNote note) {
    return new String(vault.open(binding(note), note.sealedText()), StandardCharsets.UTF_8);
  }

  private static Vault.Binding binding(PersonNote note) {
    return new Vault.Binding("person-note", note.id(), "text");
  }

  /**
   * A note as this member sees it: {@code known}, its text the caller holds in clear already;
   * otherwise it is decrypted if this member may read it, and the caller journals that.
   */
  private NoteView view(
      java.util.function.Function<Boolean, Boolean> rule,
      PersonNote n,
      String known,
      Map<AccountId, String> authors) {
    boolean open = rule.apply(n.sensitive());
    String text;
    if (!n.sealed()) {
      text = n.text();
    } else if (!open) {
      text = null;
    } else if (known != null) {
      text = known;
    } else {
      text = open(vault, n);
    }
    return new NoteView(
        n.id().toString(),
        text,
        text == null,
        n.sensitive(),
        n.sealed(),
        authors.get(new AccountId(n.createdBy())),
        n.createdAt());
  }

  private Map<AccountId, String> authors(List<PersonNote> page) {
    return accounts
        .findAll(page.stream().map(n -> new AccountId(n.createdBy())).collect(Collectors.toSet()))
        .stream()
        .collect(Collectors.toMap(Account::id, Account::displayName));
  }
}
