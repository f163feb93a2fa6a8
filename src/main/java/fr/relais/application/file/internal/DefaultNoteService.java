package fr.relais.application.file.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Keyset;
import fr.relais.application.Keyset.Part;
import fr.relais.application.NotFoundException;
import fr.relais.application.Page;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.file.NoteService;
import fr.relais.application.journal.Journal;
import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.SealedReads;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.note.NoteId;
import fr.relais.domain.model.note.NoteRepository;
import fr.relais.domain.model.note.PersonNote;
import fr.relais.domain.model.person.Person;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
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

  /** Newest first, by {@code (created_at, id)}. */
  private static final Keyset<PersonNote> PAGES =
      Keyset.before(20, 100, n -> List.of(n.createdAt(), n.id()), Part.INSTANT, Part.UUID);

  @Inject AccessPolicy policy;
  @Inject NoteRepository notes;
  @Inject AccountRepository accounts;
  @Inject Vault vault;
  @Inject SealedReads reads;
  @Inject Journal journal;
  @Inject TimeSource clock;

  @Override
  public Page<NoteView> list(PersonId personId, String before, Integer limit) {
    Person person = policy.persons().requireSeeFile(personId, "note.list");
    AuthenticatedUser user = policy.requireAuthenticated();
    Keyset.Request<PersonNote> asked = PAGES.read(before, limit);
    Keyset.Window<PersonNote> window =
        asked.window(
            notes.page(person.id().value(), asked.instant(0), asked.uuid(1), asked.lookAhead()));
    List<PersonNote> page = window.rows();
    Map<AccountId, String> authors = authors(page);
    // The rule asked once per kind of note, not once per note.
    Map<Boolean, Boolean> memo = new java.util.HashMap<>();
    java.util.function.Function<Boolean, Boolean> rule =
        c -> memo.computeIfAbsent(c, k -> policy.sealed().canOpenItem(user, person, k));
    List<NoteView> items = new ArrayList<>();
    SealedReads.Reading reading =
        reads.reading(user.journal().about(person), SealedReads.Category.NOTES);
    for (PersonNote n : page) {
      items.add(view(rule, reading, n, null, authors));
    }
    reading.done();
    journal.record(user.journal().about(person).success("note.list", items.size() + " note(s)"));
    return window.page(items);
  }

  @Override
  public NoteView add(PersonId personId, NewNote input) {
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
        c -> policy.sealed().canOpenItem(user, person, c),
        vault,
        note,
        text,
        authors(List.of(note)));
  }

  @Override
  public NoteView markSensitive(NoteId noteId) {
    PersonNote note = notes.find(noteId.value()).orElseThrow(NotFoundException::new);
    Person person =
        policy.persons().requireSeeFile(new PersonId(note.personId()), "note.sensitive");
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
        c -> policy.sealed().canOpenItem(user, person, c),
        vault,
        note,
        text,
        authors(List.of(note)));
  }

  /** Seals a note held in clear (also when its person is protected, from the protection). */
  public static void seal(Vault vault, PersonNote note) {
    if (!note.sealed()) {
      note.seal(vault.seal(binding(note), note.text().getBytes(StandardCharsets.UTF_8)));
    }
  }

  /** A sealed note's text; the caller has asked the access policy. */
  static String open(SealedOpener opener, PersonNote note) {
    return opener.openText(binding(note), note.sealedText());
  }

  private static Vault.Binding binding(PersonNote note) {
    return SealedField.NOTE_TEXT.of(note.id());
  }

  /**
   * A note as this member sees it: {@code known}, its text the caller holds in clear already;
   * otherwise it is decrypted through {@code opener} if this member may read it.
   */
  private NoteView view(
      java.util.function.Function<Boolean, Boolean> rule,
      SealedOpener opener,
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
      text = open(opener, n);
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
