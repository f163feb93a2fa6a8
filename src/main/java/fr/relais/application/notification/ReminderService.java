package fr.relais.application.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Reminders to members: every step of every deadline of the one deadline engine ({@link
 * DeadlineService}: renewal windows, requests for documents, ADPs, mandate ends, majority of minors
 * in care, protection orders), and events on a file. In the application, and by a content-free mail
 * through the composer and the outbox, with no content beyond what is due (S42).
 */
public interface ReminderService {

  /** A reminder as its member sees it. */
  record ReminderView(
      String id,
      String kind,
      String subjectId,
      String personId,
      LocalDate dueOn,
      Instant createdAt) {}

  /**
   * Creates the reminders that are due today, once each; a run already under way on another node is
   * not repeated. Returns how many were created.
   */
  int runDue();

  /**
   * Records one reminder for a member — once: its identity is the member, the code, the subject and
   * the date — and tells them as they chose (in the application always; by a content-free mail
   * through the composer and the outbox, S42). Returns whether it was new.
   */
  boolean remind(
      fr.relais.domain.model.access.AccountId member,
      String code,
      java.util.UUID subject,
      java.util.UUID person,
      LocalDate dueOn,
      fr.relais.domain.model.notification.NotificationKind kind);

  /**
   * The same for a page of reminders told by one kind of mail: one lookup of those already there,
   * one batch for the new ones, their members and choices read once. Returns how many were new.
   */
  int remindAll(
      java.util.Collection<fr.relais.domain.model.notification.Reminder> reminders,
      fr.relais.domain.model.notification.NotificationKind kind);

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
