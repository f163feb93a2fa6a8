package fr.relais.application.shielding;

import fr.relais.domain.model.journal.JournalRecord;

/**
 * The one place where opening a sealed value for a user is journaled (F2, F3, S50): a reading opens
 * through the vault and, when it is done, records {@code sealed.open} with its category once, in
 * the caller's transaction — never a value. Who may open is not decided here but by the access
 * policy, asked before a reading begins.
 */
public interface SealedReads {

  /**
   * What a reading opened, as her access journal names it (the detail of {@code sealed.open}; see
   * {@link fr.relais.domain.model.journal.AccessCategory}). The counted ones carry the number of
   * values opened.
   */
  enum Category {
    /** Her contact and places, shown on her file. */
    CONTACT("contact"),
    /** Her contact and places, opened to tell which parts a change touches. */
    CONTACT_CHANGE("contact (change)"),
    /** Her contact and places, in the file's PDF. */
    CONTACT_EXPORT("contact (export)"),
    /** Her contact and places, opened to take a flagged address out of them. */
    CONTACT_FLAG("contact (flag)"),
    /** Her contact and places, put back in clear when her protection is lifted. */
    CONTACT_LIFTING("contact (lifting)"),
    /** A protected person's administration accounts. */
    ADMINISTRATION_ACCOUNTS("administration accounts"),
    /** A sealed attachment of mail filed for her: its name and bytes. */
    MAIL_ATTACHMENT("mail-attachment"),
    /** A sealed document version, downloaded. */
    DOCUMENT("document"),
    /** A sealed document's title, kept by its new version. */
    DOCUMENT_TITLE("document title"),
    /** A sealed document version attached to a takeover claim. */
    TAKEOVER_ATTACHMENT("takeover attachment"),
    /** Sealed titles of the documents of her file's list. */
    DOCUMENT_TITLES("document titles (%d)"),
    /** Sealed titles of her documents, in the file's PDF. */
    DOCUMENT_TITLES_EXPORT("document titles (%d, export)"),
    /** Sealed document versions, in the history of her procedures. */
    DOCUMENTS("documents (%d)"),
    /** Sealed notes of a page of her notes. */
    NOTES("notes (%d)"),
    /** Sealed notes, in the file's PDF. */
    NOTES_EXPORT("notes (%d, export)");

    private final String detail;

    Category(String detail) {
      this.detail = detail;
    }

    /** The journal's detail for a reading that opened {@code opened} values. */
    public String detail(int opened) {
      return detail.contains("%d") ? String.format(detail, opened) : detail;
    }
  }

  /**
   * Values opened for one user's view, read through the vault. Not shared between threads; one
   * reading per view.
   */
  interface Reading extends SealedOpener {

    /**
     * A value of hers that her protection seals, shown where her record still holds it in clear
     * (written before sealing existed): journaled as a reading all the same.
     */
    void readInClear();

    /**
     * Journals {@code sealed.open} with the category if anything was opened (or read in clear);
     * once, however often it is called.
     */
    void done();
  }

  /**
   * A reading for the actor and the person of {@code about} (who acts, about whom: the journal's
   * builder), journaled under {@code category}.
   */
  Reading reading(JournalRecord.Builder about, Category category);
}
