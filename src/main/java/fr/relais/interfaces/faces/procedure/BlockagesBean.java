package fr.relais.interfaces.faces.procedure;

import fr.relais.application.Page;
import fr.relais.application.procedure.BlockageService;
import fr.relais.domain.model.procedure.BlockageId;
import fr.relais.domain.shared.TimeSource;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** The prefecture agent's queue of blockages and the answer to each (C7). */
@Named("blockages")
@ViewScoped
public class BlockagesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BlockageService blockages;

  private String status = "OPEN";
  private transient Page<BlockageService.BlockageView> page;
  private String answer = "SUBSTITUTE_CHANNEL";
  private String text;
  private String appointmentAt;

  private transient Page<BlockageService.OverdueRequestView> overdue;

  /** The requests for documents past their due date, most overdue first (R5). */
  public Page<BlockageService.OverdueRequestView> getOverdue() {
    if (overdue == null) {
      overdue = blockages.overdueRequests(null, 100);
    }
    return overdue;
  }

  public Page<BlockageService.BlockageView> getPage() {
    if (page == null) {
      page = blockages.queue(status, null, 100);
    }
    return page;
  }

  public String answer(String blockageId) {
    Instant appointment;
    try {
      appointment =
          appointmentAt == null || appointmentAt.isBlank()
              ? null
              : LocalDateTime.parse(appointmentAt.strip())
                  .atZone(TimeSource.DEFAULT_ZONE)
                  .toInstant();
    } catch (DateTimeParseException e) {
      Messages.invalid(
          new fr.relais.application.InvalidInputException("appointmentAt", "not a date and time"));
      return null;
    }
    boolean done =
        Messages.attempt(
            () -> {
              blockages.answer(
                  BlockageId.parse(blockageId),
                  new BlockageService.Answer(answer, text, appointment));
              Messages.info("blockage.answered");
            });
    if (!done) {
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/app/blockages?faces-redirect=true";
  }

  public java.util.List<String> getAnswers() {
    return java.util.List.of("SUBSTITUTE_CHANNEL", "APPOINTMENT", "RESOLVED");
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status == null || status.isBlank() ? "OPEN" : status;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getAppointmentAt() {
    return appointmentAt;
  }

  public void setAppointmentAt(String appointmentAt) {
    this.appointmentAt = appointmentAt;
  }
}
