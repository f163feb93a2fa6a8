package fr.relais.domain.model.journal;

/**
 * Which category of a person's data a journal entry about her touched (F3, S43): what she and the
 * administrator read in her access journal — never the value. Sealed categories are the ones whose
 * reading is a decryption.
 */
public enum AccessCategory {
  /** Her sealed contact channels (address, phone, email): a decryption. */
  SEALED_CONTACT,
  /** A sealed attachment of mail filed for her: a decryption. */
  SEALED_ATTACHMENT,
  /** A sealed document of her file, or sealed titles in its list: a decryption. */
  SEALED_DOCUMENT,
  /** A sealed note of her file, or sealed notes in its list: a decryption. */
  SEALED_NOTE,
  /** The notes of her file. */
  NOTES,
  /** The documents of her file. */
  DOCUMENTS,
  /** Her file: identity and situation. */
  FILE,
  /** Her mandates and their documents. */
  MANDATES,
  /** Her own access: links, linked login, emergency lock. */
  OWN_ACCESS,
  /** Her protected status and her list of blocked persons. */
  PROTECTION,
  /** The journal of accesses itself. */
  HISTORY;

  /** The category of an entry, or null for an action that touches none of her data. */
  public static AccessCategory of(String action, String detail) {
    if (action == null) {
      return null;
    }
    if (action.equals("sealed.open")) {
      String d = detail == null ? "" : detail;
      if (d.startsWith("mail-attachment")) {
        return SEALED_ATTACHMENT;
      }
      if (d.startsWith("note")) {
        return SEALED_NOTE;
      }
      return d.startsWith("document") ? SEALED_DOCUMENT : SEALED_CONTACT;
    }
    if (action.endsWith("history.view")) {
      return HISTORY;
    }
    if (action.startsWith("note.")) {
      return NOTES;
    }
    if (action.startsWith("document.")) {
      return DOCUMENTS;
    }
    if (action.startsWith("mandate.")) {
      return MANDATES;
    }
    if (action.startsWith("person.access.") || action.startsWith("emergency.")) {
      return OWN_ACCESS;
    }
    if (action.startsWith("person.protect")
        || action.startsWith("protection.")
        || action.startsWith("blocked.")) {
      return PROTECTION;
    }
    if (action.startsWith("person.")) {
      return FILE;
    }
    return null;
  }
}
