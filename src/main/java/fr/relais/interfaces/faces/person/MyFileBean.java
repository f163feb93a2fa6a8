package fr.relais.interfaces.faces.person;

import fr.relais.application.InvalidInputException;
import fr.relais.application.Page;
import fr.relais.application.person.MyFileService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * An accompanied person's own pages: their records with the mandates they gave, revoking them, and
 * who accessed their data. Talks only to {@link MyFileService}.
 */
@Named("myFile")
@ViewScoped
public class MyFileBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyFileService file;
  @Inject fr.relais.application.shielding.ProtectionService protection;
  @Inject fr.relais.application.shielding.EmergencyLockService locks;
  @Inject fr.relais.application.procedure.ProcedureService procedureService;
  private transient java.util.Map<
          String, List<fr.relais.application.procedure.ProcedureService.ProcedureView>>
      procedures;
  private boolean locked;
  private transient List<fr.relais.application.shielding.EmergencyLockService.LockedRecord>
      lockedRecords;

  private transient List<MyFileService.MyRecord> records;
  private transient Page<MyFileService.MyAccessEntry> history;
  private String before;
  private String revocationReason;

  /** Her procedures on one record, read once per view (C3). */
  public List<fr.relais.application.procedure.ProcedureService.ProcedureView> procedures(
      String personId) {
    if (procedures == null) {
      procedures = new java.util.HashMap<>();
    }
    return procedures.computeIfAbsent(personId, id -> procedureService.mine(PersonId.parse(id)));
  }

  public List<MyFileService.MyRecord> getRecords() {
    if (records == null) {
      try {
        records = file.myFile();
      } catch (fr.relais.application.access.AccountLockedException e) {
        locked = true; // F6: nothing of her file while her access is locked
        records = List.of();
      }
    }
    return records;
  }

  /** Whether her access is under an emergency lock (F6). */
  public boolean isLocked() {
    getRecords();
    return locked;
  }

  /** Her records under a lock: only whose they are, and whether she released hers. */
  public List<fr.relais.application.shielding.EmergencyLockService.LockedRecord>
      getLockedRecords() {
    if (lockedRecords == null) {
      lockedRecords = locks.myLockedRecords();
    }
    return lockedRecords;
  }

  /** She locks her access: every session ends, this one too, so she leaves for the home page. */
  public String lock(String personId) {
    locks.lockFromOwnAccount(PersonId.parse(personId));
    return "/index?faces-redirect=true";
  }

  public void release(String personId) {
    Messages.attempt(
        () -> {
          locks.releaseFromOwnAccount(PersonId.parse(personId));
          lockedRecords = null;
          records = null;
          locked = false;
          Messages.info("myFile.released");
        });
  }

  /** The history page named by {@code before} (the first when empty). */
  public Page<MyFileService.MyAccessEntry> getHistory() {
    if (history == null) {
      try {
        history = file.history(before, 50);
      } catch (InvalidInputException e) {
        history = file.history(null, 50);
      } catch (fr.relais.application.access.AccountLockedException e) {
        history = Page.empty(); // F6: nothing while locked
      }
    }
    return history;
  }

  /** The label of a journal action, in plain words; unknown actions get a generic label. */
  public String action(String code) {
    String key = "myHistory.action." + code;
    String text = Messages.text(key);
    return text.equals(key) ? Messages.text("myHistory.action.other") : text;
  }

  public void revoke(String mandateId) {
    Messages.attempt(
        () -> {
          file.revoke(MandateId.parse(mandateId), revocationReason);
          revocationReason = null;
          records = null;
          Messages.info("myFile.revoked");
        });
  }

  /** F1: she consents, from her own access, to lifting her protection; the structure lifts it. */
  public void consentToLifting(String personId) {
    Messages.attempt(
        () -> {
          protection.consentFromOwnAccount(PersonId.parse(personId));
          Messages.info("myFile.liftingConsented");
        });
  }

  public void revokeScope(String mandateId, String code) {
    Messages.attempt(
        () -> {
          file.revokeScope(MandateId.parse(mandateId), ProcedureCode.of(code));
          records = null;
          Messages.info("myFile.scopeRevoked");
        });
  }

  public String getBefore() {
    return before;
  }

  public void setBefore(String before) {
    this.before = before;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public void setRevocationReason(String revocationReason) {
    this.revocationReason = revocationReason;
  }
}
