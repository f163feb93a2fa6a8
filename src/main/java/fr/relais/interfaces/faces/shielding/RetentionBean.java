package fr.relais.interfaces.faces.shielding;

import fr.relais.application.shielding.RetentionService;
import fr.relais.domain.model.shielding.RetentionRun;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The operator's retention panel: the periods in force, the latest runs, running today's now. */
@Named("retentionPanel")
@RequestScoped
public class RetentionBean {

  @Inject RetentionService retention;
  @Inject ShellBean shell;

  private RetentionService.Status status;
  private RetentionRun ran;

  public RetentionService.Status getStatus() {
    if (status == null && shell.isOperator()) {
      status = retention.status();
    }
    return status;
  }

  public void run() {
    Messages.attempt(
        "retention.busy",
        () -> {
          ran = retention.runNow();
          status = null;
        });
  }

  public RetentionRun getRan() {
    return ran;
  }
}
