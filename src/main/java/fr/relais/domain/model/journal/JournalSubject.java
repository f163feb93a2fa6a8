package fr.relais.domain.model.journal;

import java.util.UUID;

/**
 * Something the journal can name as the target of an action: an accompanied person, a mandate
 * (named as its person, with the mandate beside). Only ids, never personal data (S50).
 */
public interface JournalSubject {
  UUID journalStructure();

  String journalTargetType();

  String journalTargetId();

  default UUID journalMandate() {
    return null;
  }
}
