package fr.relais.interfaces.faces.shielding;

import fr.relais.application.access.SessionService;
import fr.relais.domain.model.access.AccountSessionId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The person's open sessions on her own page (F3): where she is signed in, and ending any of them,
 * or all but this one, when she does not recognise one.
 */
@Named("mySessions")
@ViewScoped
public class SessionsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SessionService sessions;

  private transient List<SessionService.SessionView> rows;

  public List<SessionService.SessionView> getRows() {
    if (rows == null) {
      rows = sessions.mine();
    }
    return rows;
  }

  public boolean isOthers() {
    return getRows().stream().anyMatch(s -> !s.current());
  }

  public void end(String sessionId) {
    if (Messages.attempt(() -> sessions.end(AccountSessionId.parse(sessionId)))) {
      Messages.info("sessions.ended");
    }
    rows = null;
  }

  public void endOthers() {
    int n = sessions.endOthers();
    Messages.info("sessions.endedOthers", n);
    rows = null;
  }
}
