package fr.relais.interfaces.faces.shielding;

import fr.relais.application.shielding.VaultAdministration;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** The operator's vault panel: master keys in use, and the re-wrapping after a rotation. */
@Named("vaultPanel")
@RequestScoped
public class VaultBean {

  @Inject VaultAdministration vault;
  @Inject ShellBean shell;

  private VaultAdministration.Status status;
  private Integer rewrapped;

  public VaultAdministration.Status getStatus() {
    if (status == null && shell.isOperator()) {
      status = vault.status();
    }
    return status;
  }

  public List<Map.Entry<String, Long>> getKeys() {
    VaultAdministration.Status s = getStatus();
    return s == null ? List.of() : List.copyOf(s.dataKeysByMasterKey().entrySet());
  }

  public void rewrap() {
    VaultAdministration.Rewrapped r = vault.rewrap();
    rewrapped = r.rewrapped();
    status = r.status();
  }

  public Integer getRewrapped() {
    return rewrapped;
  }
}
