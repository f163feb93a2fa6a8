package fr.relais.application.procedure;

import fr.relais.application.Page;
import fr.relais.domain.model.structure.StructureId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one deadline engine (C5, C6), on the shared clock: renewal windows of every person's current
 * permit, requests for documents, ADPs, mandate ends, majority of minors in care and protection
 * orders. Its sweep fires each step of each deadline once, on a cluster too; its dashboard lists a
 * structure's deadlines by urgency, with counts.
 */
public interface DeadlineService {

  /** What a sweep did: the days it covered and how many steps fired, per kind and step. */
  record Sweep(boolean ran, LocalDate from, LocalDate to, Map<String, Long> fired, int reminders) {}

  /**
   * Fires every step that fell due since the last sweep (every day in between, however far the
   * clock moved) and the steps of deadlines recorded since whose due date has not passed; tells
   * each step's members in the application and through the composer and outbox. A sweep under way
   * on another node is not repeated ({@code ran} false).
   */
  Sweep sweep();

  /** One deadline on the dashboard. */
  record DeadlineView(
      String kind,
      String state,
      String subjectId,
      String personId,
      String personName,
      LocalDate dueOn,
      long daysLeft,
      String urgency) {}

  /** A page of the dashboard, most urgent first, and the counts per urgency of every deadline. */
  record Dashboard(List<DeadlineView> items, String next, Map<String, Long> counts) {

    public static Dashboard of(Page<DeadlineView> page, Map<String, Long> counts) {
      return new Dashboard(page.items(), page.next(), counts);
    }
  }

  /**
   * The structure's deadlines by urgency — overdue first, then by due date — for its administrators
   * every file's, for a social worker their caseload's; never a protected person's for who may not
   * open her file. Volunteers are refused.
   */
  Dashboard dashboard(StructureId structureId, String after, Integer limit);
}
