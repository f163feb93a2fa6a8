package fr.relais.interfaces.faces.procedure;

import fr.relais.application.InvalidInputException;
import fr.relais.application.procedure.BlockageService;
import fr.relais.domain.model.procedure.ProcedureId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The technical blockages section of the procedures page (C7): each procedure's blockages and the
 * form that records one. Works beside {@link ProceduresBean}, which holds the person the page is
 * about.
 */
@Named("procedureBlockages")
@ViewScoped
public class ProcedureBlockagesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BlockageService blockageService;
  @Inject ProceduresBean page;
  private transient java.util.Map<String, List<BlockageService.BlockageView>> blockages;
  private String occurredAt;
  private String errorText;
  private String stepsTried;

  /** A procedure's blockages, read once per view. */
  public List<BlockageService.BlockageView> blockages(String procedureId) {
    if (blockages == null) {
      blockages = new java.util.HashMap<>();
    }
    return blockages.computeIfAbsent(
        procedureId, id -> blockageService.ofProcedure(ProcedureId.parse(id)));
  }

  /** Records a blockage; the time typed is Paris time (C7). */
  public String recordBlockage(String procedureId) {
    java.time.Instant at;
    try {
      at =
          occurredAt == null || occurredAt.isBlank()
              ? null
              : java.time.LocalDateTime.parse(occurredAt.strip())
                  .atZone(fr.relais.domain.shared.TimeSource.DEFAULT_ZONE)
                  .toInstant();
    } catch (DateTimeParseException e) {
      Messages.invalid(new InvalidInputException("occurredAt", "not a date and time"));
      return null;
    }
    return ProcedureForms.run(
        () ->
            blockageService.record(
                ProcedureId.parse(procedureId),
                new BlockageService.NewBlockage(at, errorText, stepsTried, null)),
        "blockage.recorded",
        page.getPerson(),
        page::reread);
  }

  public String getOccurredAt() {
    return occurredAt;
  }

  public void setOccurredAt(String occurredAt) {
    this.occurredAt = occurredAt;
  }

  public String getErrorText() {
    return errorText;
  }

  public void setErrorText(String errorText) {
    this.errorText = errorText;
  }

  public String getStepsTried() {
    return stepsTried;
  }

  public void setStepsTried(String stepsTried) {
    this.stepsTried = stepsTried;
  }
}
