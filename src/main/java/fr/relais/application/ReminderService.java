package fr.relais.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminders to members (B1, B3, F1): a mandate ending within 30 days, a protection order ending
 * within 30 days, a minor in ASE care turning 18 within 60 days (time to obtain the young adult's
 * own consent). In the application, and by a content-free mail through the composer and the outbox,
 * with no content beyond what is due (S42).
 */
public interface ReminderService {

  /** A reminder as its member sees it. */
  record ReminderView(
      String id, String kind, String subjectId, LocalDate dueOn, Instant createdAt) {}

  /**
   * Creates the reminders that are due today, once each; a run already under way on another node is
   * not repeated. Returns how many were created.
   */
  int runDue();

  /** The current member's reminders, newest first. */
  List<ReminderView> mine();

  /**
   * Tells the members following a person, in-app, that something happened on the file — without
   * saying more than the kind of event (S42). Used when the person revokes a mandate themselves.
   */
  void notifyFollowers(
      fr.relais.domain.model.person.PersonId person, String kind, String subjectId);

  /** Tells these members, in-app and as each chose, of an event (each once a day per subject). */
  void notifyMembers(
      java.util.Collection<fr.relais.domain.model.access.AccountId> members,
      String kind,
      String subjectId);

  /**
   * Tells the structure's active administrators and the person's followers, in-app and as each
   * chose, of an event on her file (each member once).
   */
  void notifyFollowersAndAdministrators(
      fr.relais.domain.model.person.Person person, String kind, String subjectId);
}
