package fr.relais.interfaces.faces.person;

import fr.relais.application.AccessDeniedException;
import fr.relais.application.ConflictException;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.catalogue.CatalogueService;
import fr.relais.application.mandate.MandateService;
import fr.relais.application.person.PersonService;
import fr.relais.application.structure.MemberService;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.mandate.MandateId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import fr.relais.interfaces.faces.Dates;
import fr.relais.interfaces.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's file: identity, contact, situation and who follows them; their mandates, with the
 * consent document, the signed scan and revocations; and the on-behalf check.
 */
@Named("personFile")
@ViewScoped
public class PersonBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject PersonService persons;
  @Inject MandateService mandateService;
  @Inject MemberService memberService;
  @Inject CatalogueService catalogue;
  @Inject AccessPolicy policy;
  @Inject TimeSource clock;

  private PersonId id;
  private String tab = "file";
  private boolean canEdit;
  private boolean canAssign;
  private transient PersonService.PersonView view;
  private transient List<MandateService.MandateView> mandates;
  private transient List<MemberService.MemberView> activeMembers;
  private transient List<CatalogueService.ProcedureTypeView> types;

  /** A new mandate starts today by default, on Relais's clock. */
  @PostConstruct
  void init() {
    startsOn = clock.today().toString();
  }

  // Assignees (administrators)
  private Map<String, Boolean> assignees = new HashMap<>();

  // New mandate
  private String legalBasis = "CONSENT";
  private String basisReference;
  private String basisText;
  private String startsOn;
  private String endsOn;
  private Map<String, Boolean> scopes = new LinkedHashMap<>();

  // Signed scan and revocation
  private transient Part evidence;
  private String revocationReason;

  // On-behalf check
  private String procedureCode;
  private Boolean onBehalfAllowed;
  private String onBehalfMandate;
  private String onBehalfProcedure;

  /** Loads the person named in the URL; one the user may not see leads to the error page. */
  public void load() {
    view = persons.get(id);
    // F1: without the protected-cases habilitation, a protected person's name and status only.
    mandates = view.restricted() ? List.of() : mandateService.forPerson(id);
    if (view.restricted() && !"access".equals(tab) && !"history".equals(tab)) {
      tab = "file";
    }
    var permissions = persons.permissions(id);
    canEdit = permissions.edit();
    canAssign = permissions.assign();
    resetAssignees();
  }

  private void resetAssignees() {
    assignees.clear();
    for (PersonService.Assignee a : getView().assignees()) {
      assignees.put(a.accountId(), true);
    }
  }

  public PersonService.PersonView getView() {
    if (view == null && id != null) {
      view = persons.get(id);
    }
    return view;
  }

  public List<MandateService.MandateView> getMandates() {
    if (mandates == null && id != null) {
      mandates = getView().restricted() ? List.of() : mandateService.forPerson(id);
    }
    return mandates;
  }

  public boolean isCanEdit() {
    return canEdit;
  }

  private transient java.util.List<PersonService.AccessEntry> history;

  /** Who read or acted on the file, newest first (administrators, F3). */
  public java.util.List<PersonService.AccessEntry> getHistory() {
    if (history == null && canAssign) {
      history = persons.history(id, null, 50).items();
    }
    return history == null ? java.util.List.of() : history;
  }

  public boolean isCanAssign() {
    return canAssign;
  }

  /** Who follows the person, as one line. */
  public String getFollowers() {
    return getView().assignees().stream()
        .map(PersonService.Assignee::displayName)
        .collect(Collectors.joining(", "));
  }

  // Assignees

  public List<MemberService.MemberView> getActiveMembers() {
    if (activeMembers == null) {
      activeMembers =
          canAssign
              ? memberService.members(StructureId.parse(getView().structureId())).stream()
                  .filter(MemberService.MemberView::active)
                  .toList()
              : List.of();
    }
    return activeMembers;
  }

  public Map<String, Boolean> getAssignees() {
    return assignees;
  }

  public void assign() {
    Messages.attempt(
        () -> {
          view = persons.assign(id, checked(assignees));
          resetAssignees();
          Messages.info("person.assigned");
        });
  }

  private static List<String> checked(Map<String, Boolean> boxes) {
    return boxes.entrySet().stream()
        .filter(e -> Boolean.TRUE.equals(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  // Catalogue

  /** Active procedure types, in catalogue order. */
  public List<CatalogueService.ProcedureTypeView> getTypes() {
    if (types == null) {
      types = catalogue.list(false);
    }
    return types;
  }

  /** A family of procedure types and its members, for the grouped checkboxes. */
  public record Family(String code, String label, List<CatalogueService.ProcedureTypeView> types) {}

  public List<Family> getFamilies() {
    Map<String, List<CatalogueService.ProcedureTypeView>> byFamily = new LinkedHashMap<>();
    for (CatalogueService.ProcedureTypeView t : getTypes()) {
      byFamily.computeIfAbsent(t.family(), f -> new ArrayList<>()).add(t);
    }
    List<Family> result = new ArrayList<>();
    byFamily.forEach(
        (code, list) -> {
          String key = "family." + code;
          String label = Messages.text(key);
          result.add(new Family(code, key.equals(label) ? code : label, list));
        });
    return result;
  }

  public List<String> getLegalBases() {
    return List.of("CONSENT", "ASE_GUARDIANSHIP", "OTHER");
  }

  // Mandates

  /** Records the mandate and goes back to the file's mandates, with the message kept. */
  public String createMandate() {
    boolean done =
        Messages.attempt(
            () -> {
              List<String> codes = new ArrayList<>();
              for (CatalogueService.ProcedureTypeView t : getTypes()) {
                if (Boolean.TRUE.equals(scopes.get(t.code()))) {
                  codes.add(t.code());
                }
              }
              MandateService.MandateView created =
                  mandateService.create(
                      id,
                      new MandateService.NewMandate(
                          legalBasis,
                          basisReference,
                          basisText,
                          Dates.parse("startsOn", startsOn),
                          Dates.parse("endsOn", endsOn),
                          codes));
              mandates = null;
              scopes.clear();
              basisReference = basisText = endsOn = null;
              Messages.info("mandate.created", created.verificationCode());
            });
    if (!done) {
      return null;
    }
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    return "/app/person?faces-redirect=true&tab=mandates&id=" + id;
  }

  public void attach(String mandateId) {
    if (evidence == null || evidence.getSize() == 0) {
      Messages.error("mandate.evidenceMissing");
      return;
    }
    try (InputStream in = evidence.getInputStream()) {
      MandateService.MandateView m =
          mandateService.attachEvidence(
              MandateId.parse(mandateId), evidence.getContentType(), in.readAllBytes());
      mandates = null;
      Messages.info("mandate.evidenceAttached", m.verificationCode());
    } catch (IOException e) {
      Messages.error("mandate.evidenceUnreadable");
    } catch (InvalidInputException e) {
      Messages.invalid(e);
    } catch (AccessDeniedException | NotFoundException e) {
      Messages.error("action.refused");
    } catch (ConflictException e) {
      Messages.error("action.conflict");
    } finally {
      evidence = null;
    }
  }

  public void revokeScope(String mandateId, String code) {
    Messages.attempt(
        () -> {
          MandateService.MandateView m =
              mandateService.revokeScope(MandateId.parse(mandateId), ProcedureCode.of(code));
          mandates = null;
          Messages.info("mandate.scopeRevoked", m.verificationCode());
        });
  }

  public void revoke(String mandateId) {
    Messages.attempt(
        () -> {
          MandateService.MandateView m =
              mandateService.revoke(MandateId.parse(mandateId), revocationReason);
          mandates = null;
          revocationReason = null;
          Messages.info("mandate.revoked", m.verificationCode());
        });
  }

  // On-behalf check

  public void checkOnBehalf() {
    onBehalfAllowed = null;
    onBehalfMandate = null;
    onBehalfProcedure = label(procedureCode);
    try {
      MandateService.OnBehalf answer = mandateService.requireOnBehalf(id, procedureCode);
      onBehalfAllowed = answer.allowed();
      onBehalfMandate =
          getMandates().stream()
              .filter(m -> m.id().equals(answer.mandateId()))
              .map(MandateService.MandateView::verificationCode)
              .findFirst()
              .orElse(answer.mandateId());
    } catch (AccessDeniedException e) {
      onBehalfAllowed = false;
    } catch (InvalidInputException e) {
      Messages.invalid(e);
    } catch (NotFoundException e) {
      Messages.error("action.refused");
    }
  }

  private String label(String code) {
    return getTypes().stream()
        .filter(t -> t.code().equals(code))
        .map(CatalogueService.ProcedureTypeView::label)
        .findFirst()
        .orElse(code);
  }

  public Boolean getOnBehalfAllowed() {
    return onBehalfAllowed;
  }

  public String getOnBehalfMandate() {
    return onBehalfMandate;
  }

  public String getOnBehalfProcedure() {
    return onBehalfProcedure;
  }

  // Properties

  /** Which part of the file is shown: file, messages, mandates, access or history. */
  public String getTab() {
    return tab;
  }

  public void setTab(String tab) {
    this.tab =
        java.util.Set.of("file", "messages", "mandates", "access", "history").contains(tab)
            ? tab
            : "file";
  }

  /** The person named in the page's address, read once ({@code IdConverters}). */
  public PersonId getId() {
    return id;
  }

  public void setId(PersonId id) {
    this.id = id;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getBasisReference() {
    return basisReference;
  }

  public void setBasisReference(String basisReference) {
    this.basisReference = basisReference;
  }

  public String getBasisText() {
    return basisText;
  }

  public void setBasisText(String basisText) {
    this.basisText = basisText;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String startsOn) {
    this.startsOn = startsOn;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String endsOn) {
    this.endsOn = endsOn;
  }

  public Map<String, Boolean> getScopes() {
    return scopes;
  }

  public Part getEvidence() {
    return evidence;
  }

  public void setEvidence(Part evidence) {
    this.evidence = evidence;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public void setRevocationReason(String revocationReason) {
    this.revocationReason = revocationReason;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    this.procedureCode = procedureCode;
  }
}
