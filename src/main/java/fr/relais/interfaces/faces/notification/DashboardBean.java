package fr.relais.interfaces.faces.notification;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.CurrentRequest;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.mandate.MandateService;
import fr.relais.application.notification.ReminderService;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The home page's dashboard for administrators and social workers: their reminders. */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  @Inject ReminderService reminders;
  @Inject MandateService mandates;
  @Inject ShellBean shell;
  @Inject CurrentRequest current;
  @Inject AccessPolicy policy;

  /** A reminder and the person it is about (null when the file is no longer visible). */
  public record Row(String kind, LocalDate dueOn, String personId) {
    /** A reminder about a takeover claim, for the agent's queue. */
    public boolean claim() {
      return kind.startsWith("TAKEOVER_FILED") || kind.startsWith("TAKEOVER_ESCALATED");
    }

    /** A blockage recorded by a structure of the agent's departments, in the agent's queue. */
    public boolean blockage() {
      return "BLOCKAGE_RECORDED".equals(kind);
    }
  }

  private List<Row> rows;
  private List<MandateService.Expiring> ending;

  /**
   * Active mandates ending within 30 days: the structure's for administrators, else one's caseload.
   */
  public List<MandateService.Expiring> getEnding() {
    if (ending == null) {
      String structure = shell.getProfile() == null ? null : shell.getProfile().structureId();
      try {
        ending =
            structure == null ? List.of() : mandates.expiringSoon(StructureId.parse(structure), 30);
      } catch (AccessDeniedException | NotFoundException e) {
        ending = List.of();
      }
    }
    return ending;
  }

  /** Whether the user has reminders: administrators, social workers and prefecture agents. */
  public boolean isShown() {
    return current.user().map(u -> policy.procedures().canSeeReminders(u)).orElse(false);
  }

  public List<Row> getReminders() {
    if (rows == null) {
      rows = new ArrayList<>();
      for (ReminderService.ReminderView r : reminders.mine()) {
        rows.add(new Row(r.kind(), r.dueOn(), person(r)));
      }
    }
    return rows;
  }

  private String person(ReminderService.ReminderView r) {
    if (r.kind().startsWith("TAKEOVER_FILED")
        || r.kind().startsWith("TAKEOVER_ESCALATED")
        || "BLOCKAGE_RECORDED".equals(r.kind())) {
      return null; // a claim, in the agent's queue
    }
    if (r.personId() != null) {
      return r.personId();
    }
    if (!"MANDATE_ENDING".equals(r.kind()) && !"MANDATE_REVOKED_BY_PERSON".equals(r.kind())) {
      return r.subjectId();
    }
    try {
      return mandates.get(MandateId.parse(r.subjectId())).personId();
    } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
      return null;
    }
  }
}
