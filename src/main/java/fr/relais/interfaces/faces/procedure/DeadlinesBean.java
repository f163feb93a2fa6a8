package fr.relais.interfaces.faces.procedure;

import fr.relais.application.Page;
import fr.relais.application.procedure.DeadlineService;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The structure's deadlines by urgency, with counts (C5, R5): one page at a time. */
@Named("deadlines")
@ViewScoped
public class DeadlinesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject DeadlineService deadlines;
  @Inject ShellBean shell;
  @Inject fr.relais.application.procedure.ProcedureService procedureService;
  @Inject fr.relais.application.catalogue.CatalogueService catalogue;

  private String type;
  private String status;
  private String procedureAfter;
  private transient Page<fr.relais.application.procedure.ProcedureService.ProcedureLine> procedures;

  /** The structure's procedures by urgency, with the filters of the form (R5). */
  public Page<fr.relais.application.procedure.ProcedureService.ProcedureLine> getProcedures() {
    if (procedures == null) {
      procedures =
          procedureService.byUrgency(
              shell.requireStructure(), type, status, null, procedureAfter, 50);
    }
    return procedures;
  }

  public java.util.List<fr.relais.application.catalogue.CatalogueService.ProcedureTypeView>
      getTypes() {
    return catalogue.list(false);
  }

  public java.util.List<String> getStatuses() {
    return java.util.Arrays.stream(fr.relais.domain.model.procedure.ProcedureStatus.values())
        .map(Enum::name)
        .toList();
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type == null || type.isBlank() ? null : type;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? null : status;
  }

  public String getProcedureAfter() {
    return procedureAfter;
  }

  public void setProcedureAfter(String procedureAfter) {
    this.procedureAfter = procedureAfter;
  }

  private String after;
  private transient DeadlineService.Dashboard page;

  public DeadlineService.Dashboard getPage() {
    if (page == null) {
      page = deadlines.dashboard(shell.requireStructure(), after, 50);
    }
    return page;
  }

  /** The counts per urgency, in order (overdue first). */
  public java.util.List<java.util.Map.Entry<String, Long>> getCounts() {
    return new java.util.ArrayList<>(getPage().counts().entrySet());
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }
}
