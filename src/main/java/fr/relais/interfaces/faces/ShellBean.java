package fr.relais.interfaces.faces;

import fr.relais.application.CurrentRequest;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.ProfileService;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.infrastructure.oidc.OidcProviderConfig;
import fr.relais.infrastructure.oidc.OidcProviders;
import fr.relais.interfaces.web.ApplicantPrincipal;
import fr.relais.interfaces.web.SessionPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

/**
 * What the page layout shows: who is signed in, their structure, the logout form's token, and the
 * menu's entries, each as the access policy answers for the user (never by comparing roles here).
 */
@Named("shell")
@RequestScoped
public class ShellBean {

  @Inject CurrentRequest current;
  @Inject ProfileService profiles;
  @Inject OidcProviders providers;
  @Inject fr.relais.application.access.AccessPolicy policy;
  @Inject fr.relais.application.mailbox.MailboxService mailbox;

  private fr.relais.application.mailbox.MailboxService.Counts counts;

  private ProfileService.ProfileView profile;

  public boolean isSignedIn() {
    return current.user().isPresent();
  }

  public ProfileService.ProfileView getProfile() {
    if (profile == null && isSignedIn()) {
      profile = profiles.me();
    }
    return profile;
  }

  /**
   * The structure the signed-in member belongs to, as the id the services take; to anyone who
   * belongs to none, the answer for an unknown structure (S40).
   */
  public StructureId requireStructure() {
    ProfileService.ProfileView p = getProfile();
    if (p == null || p.structureId() == null) {
      throw new NotFoundException();
    }
    return StructureId.parse(p.structureId());
  }

  public Locale getLocale() {
    return current.user().map(u -> u.locale()).orElse(Locale.FRENCH);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public boolean isCanListStructures() {
    return current.user().map(u -> policy.structures().canList(u)).orElse(false);
  }

  /**
   * A member of a structure (administrator, social worker or volunteer): sees its caseload, its
   * inbox and a member's cards of the dashboard.
   */
  public boolean isStructureMember() {
    return current.user().map(u -> policy.structures().canEnterMemberSpace(u)).orElse(false);
  }

  /** An administrator or a social worker of a structure: sees its deadlines (C5). */
  public boolean isCanSeeDeadlines() {
    return current.user().map(u -> policy.procedures().canSeeDeadlines(u)).orElse(false);
  }

  /** An administrator of their structure: manages its members. */
  public boolean isCanManageMembers() {
    return current
        .user()
        .map(u -> u.structure().map(s -> policy.structures().canManageMembers(u, s)).orElse(false))
        .orElse(false);
  }

  /** An accompanied person with their own access: their pages carry the quick exit (S44). */
  public boolean isBeneficiary() {
    return current.user().map(u -> policy.own().canEnter(u)).orElse(false);
  }

  /** Where "home" leads: the person's own file for accompanied people, the dashboard otherwise. */
  public String getHomeOutcome() {
    if (!isSignedIn()) {
      return "/index";
    }
    return isBeneficiary() ? "/app/my-file" : "/app/home";
  }

  /** Sends an accompanied person who opens the staff dashboard to their own file. */
  public String redirectBeneficiary() {
    return isBeneficiary() ? "/app/my-file?faces-redirect=true" : null;
  }

  /** The platform operator manages prefecture agents' accounts. */
  public boolean isCanManagePrefectureAgents() {
    return current.user().map(u -> policy.structures().canManageAgents(u)).orElse(false);
  }

  /** Administrators and social workers record new people. */
  public boolean isCanCreatePerson() {
    return current.user().map(u -> policy.persons().canCreate(u)).orElse(false);
  }

  public List<OidcProviderConfig> getProviders() {
    return List.copyOf(providers.all());
  }

  /** The anti-forgery token that the logout form must post back. */
  public String getCsrfToken() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    if (session != null
        && session.getAttribute(SessionPrincipal.ATTRIBUTE) instanceof SessionPrincipal p) {
      return p.csrfToken();
    }
    if (session != null
        && session.getAttribute(ApplicantPrincipal.ATTRIBUTE) instanceof ApplicantPrincipal a) {
      return a.csrfToken();
    }
    return "";
  }

  /** The header badges of a structure's member: unread, urgent and, for administrators, triage. */
  public fr.relais.application.mailbox.MailboxService.Counts getMailboxCounts() {
    if (counts == null) {
      counts =
          isStructureMember()
              ? mailbox.counts()
              : new fr.relais.application.mailbox.MailboxService.Counts(0, 0, 0, false);
    }
    return counts;
  }

  /** Prefecture agents decide the takeover claims of their departments' structures (E3). */
  public boolean isPrefectureAgent() {
    return current.user().map(u -> policy.identity().canDecideTakeovers(u)).orElse(false);
  }

  /**
   * The platform operator administers the platform: the vault, the retention job, the mail
   * quarantine as counts and dates (S13).
   */
  public boolean isOperator() {
    return current.user().map(u -> policy.platform().canAdminister(u)).orElse(false);
  }
}
