package fr.relais.interfaces.faces.shielding;

import fr.relais.application.shielding.BlockedPersonService;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.shielding.BlockedEntryId;
import fr.relais.interfaces.faces.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The blocked-persons card of a protected person's file (F5). */
@Named("blockedPersons")
@ViewScoped
public class BlockedPersonsBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BlockedPersonService blocked;

  private PersonId personId;
  private transient List<BlockedPersonService.BlockedView> entries;
  private String kind = "EMAIL";
  private String value;
  private String birthDate;

  public List<BlockedPersonService.BlockedView> entries(PersonId id) {
    if (entries == null || !id.equals(personId)) {
      personId = id;
      entries = blocked.list(id);
    }
    return entries;
  }

  public List<String> getKinds() {
    return List.of("EMAIL", "PHONE", "NAME_BIRTH", "FOREIGN_NUMBER");
  }

  public void add() {
    Messages.attempt(
        "blocked.duplicate",
        () -> {
          LocalDate birth = null;
          if (birthDate != null && !birthDate.isBlank()) {
            try {
              birth = LocalDate.parse(birthDate.strip());
            } catch (DateTimeParseException e) {
              throw new fr.relais.application.InvalidInputException("birthDate", "not a date");
            }
          }
          blocked.add(personId, new BlockedPersonService.NewBlocked(kind, value, birth));
          value = null;
          birthDate = null;
          entries = null;
          Messages.info("blocked.added");
        });
  }

  public void remove(String entryId) {
    Messages.attempt(
        () -> {
          blocked.remove(personId, BlockedEntryId.parse(entryId));
          entries = null;
          Messages.info("blocked.removed");
        });
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }
}
