package fr.relais.application.file;

import fr.relais.application.Page;
import fr.relais.domain.model.note.NoteId;
import fr.relais.domain.model.person.PersonId;
import java.time.Instant;

/**
 * Free-text notes on a person's file (F2): written by who may correct the file, never changed or
 * deleted (a correction is a new note), marked sensitive at writing or later, never unmarked.
 * Sensitive notes and every note of a protected person are sealed; their text is opened only for
 * whom the access policy allows ({@link AccessPolicy#canOpenItem}), each opening journaled by
 * category, never the text.
 */
public interface NoteService {

  /**
   * A note as this member sees it. {@code textMasked}: sealed and not to be read by this member — «
   * masqué ».
   */
  record NoteView(
      String id,
      String text,
      boolean textMasked,
      boolean sensitive,
      boolean sealed,
      String author,
      Instant createdAt) {}

  /** A note to write. */
  record NewNote(String text, Boolean sensitive) {}

  /** Newest first, by keyset pages ({@code before}: the cursor of the previous page). */
  Page<NoteView> list(PersonId personId, String before, Integer limit);

  NoteView add(PersonId personId, NewNote note);

  /** Marks a note sensitive, sealing it (409 if it is already). */
  NoteView markSensitive(NoteId noteId);
}
