package fr.relais.interfaces.faces.person;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.Page;
import fr.relais.application.person.DuplicateSuspectedException;
import fr.relais.application.person.PersonService;
import fr.relais.application.structure.MemberService;
import fr.relais.domain.model.person.ContactPart;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.interfaces.faces.Dates;
import fr.relais.interfaces.faces.Messages;
import fr.relais.interfaces.faces.ShellBean;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The caseload page: the member's people (the whole structure for administrators), searched by name
 * or number, one keyset page at a time; and the form that records a new person.
 */
@Named("caseload")
@ViewScoped
public class CaseloadBean implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject PersonService persons;
  @Inject MemberService memberService;
  @Inject ShellBean shell;

  // Query string of the page
  private String q;
  private String after;

  private transient Page<PersonService.PersonSummary> page;
  private transient List<MemberService.MemberView> activeMembers;

  // The new person's form
  private String lastName;
  private String firstNames;
  private String birthDate;
  private String birthPlace;
  private String nationality;
  private String foreignNationalNumber;

  /** Her channels, asked from her first record on (the parts of {@link ContactPart#channels()}). */
  private final Map<ContactPart, String> contact = new EnumMap<>(ContactPart.class);

  private boolean domiciledAtStructure;
  private boolean aseMinor;
  private String guardianshipReference;
  private boolean protectedPerson;
  private String protectionReason;
  private Map<String, Boolean> assignTo = new LinkedHashMap<>();
  private boolean confirmDuplicate;
  private List<String> duplicates = List.of();
  private boolean refused;

  /** Loads the page named in the URL; a member whose structure cannot act gets the error page. */
  public void load() {
    try {
      page = persons.list(structureId(), q, after, PAGE_SIZE);
    } catch (InvalidInputException e) {
      Messages.invalid(e);
      page = Page.empty();
    }
  }

  private StructureId structureId() {
    return shell.requireStructure();
  }

  public List<PersonService.PersonSummary> getRows() {
    return page().items();
  }

  public String getNext() {
    return page().next();
  }

  private Page<PersonService.PersonSummary> page() {
    if (page == null) {
      try {
        page = persons.list(structureId(), q, after, PAGE_SIZE);
      } catch (InvalidInputException e) {
        page = Page.empty();
      }
    }
    return page;
  }

  /** Who follows a person, as one line. */
  public String followers(PersonService.PersonSummary p) {
    return p.assignees().stream()
        .map(PersonService.Assignee::displayName)
        .collect(Collectors.joining(", "));
  }

  /** Active members an administrator may assign a new person to. */
  public List<MemberService.MemberView> getActiveMembers() {
    if (activeMembers == null) {
      activeMembers =
          shell.isCanManageMembers()
              ? memberService.members(structureId()).stream()
                  .filter(MemberService.MemberView::active)
                  .toList()
              : List.of();
    }
    return activeMembers;
  }

  public List<String> getProtectionReasons() {
    return List.of("PROTECTION_ORDER", "DECLARED_VIOLENCE", "TRAFFICKING");
  }

  public String create() {
    refused = true;
    try {
      List<String> assignees =
          assignTo.entrySet().stream()
              .filter(e -> Boolean.TRUE.equals(e.getValue()))
              .map(Map.Entry::getKey)
              .toList();
      PersonService.PersonView created =
          persons.create(
              structureId(),
              new PersonService.NewPerson(
                  lastName,
                  firstNames,
                  Dates.parse("birthDate", birthDate),
                  birthPlace,
                  nationality,
                  foreignNationalNumber,
                  new PersonService.Contact(contact, domiciledAtStructure),
                  aseMinor,
                  aseMinor ? guardianshipReference : null,
                  protectedPerson,
                  protectedPerson ? protectionReason : null,
                  assignees.isEmpty() ? null : new ArrayList<>(assignees),
                  !duplicates.isEmpty() && confirmDuplicate));
      refused = false;
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("persons.created");
      return "/app/person.xhtml?faces-redirect=true&id=" + created.id();
    } catch (DuplicateSuspectedException e) {
      duplicates = List.copyOf(e.candidates());
      confirmDuplicate = false;
      Messages.error("persons.duplicate");
    } catch (InvalidInputException e) {
      Messages.invalid(e);
    } catch (AccessDeniedException e) {
      Messages.error("persons.refused");
    }
    return null;
  }

  // Query string

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getAfter() {
    return after;
  }

  public void setAfter(String after) {
    this.after = after;
  }

  // Form properties

  /** The last attempt to record a person was refused: the form says why. */
  public boolean isRefused() {
    return refused;
  }

  public List<String> getDuplicates() {
    return duplicates;
  }

  public boolean isConfirmDuplicate() {
    return confirmDuplicate;
  }

  public void setConfirmDuplicate(boolean confirmDuplicate) {
    this.confirmDuplicate = confirmDuplicate;
  }

  public Map<String, Boolean> getAssignTo() {
    return assignTo;
  }

  public String getLastName() {
    return lastName;
  }

  public void setLastName(String lastName) {
    this.lastName = lastName;
  }

  public String getFirstNames() {
    return firstNames;
  }

  public void setFirstNames(String firstNames) {
    this.firstNames = firstNames;
  }

  public String getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(String birthDate) {
    this.birthDate = birthDate;
  }

  public String getBirthPlace() {
    return birthPlace;
  }

  public void setBirthPlace(String birthPlace) {
    this.birthPlace = birthPlace;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getForeignNationalNumber() {
    return foreignNationalNumber;
  }

  public void setForeignNationalNumber(String foreignNationalNumber) {
    this.foreignNationalNumber = foreignNationalNumber;
  }

  /** Her channels as typed, by part. */
  public Map<ContactPart, String> getContact() {
    return contact;
  }

  public boolean isDomiciledAtStructure() {
    return domiciledAtStructure;
  }

  public void setDomiciledAtStructure(boolean domiciledAtStructure) {
    this.domiciledAtStructure = domiciledAtStructure;
  }

  public boolean isAseMinor() {
    return aseMinor;
  }

  public void setAseMinor(boolean aseMinor) {
    this.aseMinor = aseMinor;
  }

  public String getGuardianshipReference() {
    return guardianshipReference;
  }

  public void setGuardianshipReference(String guardianshipReference) {
    this.guardianshipReference = guardianshipReference;
  }

  public boolean isProtectedPerson() {
    return protectedPerson;
  }

  public void setProtectedPerson(boolean protectedPerson) {
    this.protectedPerson = protectedPerson;
  }

  public String getProtectionReason() {
    return protectionReason;
  }

  public void setProtectionReason(String protectionReason) {
    this.protectionReason = protectionReason;
  }
}
