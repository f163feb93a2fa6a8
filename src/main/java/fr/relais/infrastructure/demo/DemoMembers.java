package fr.relais.infrastructure.demo;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demonstration accounts at the demo provider ({@code relais.demo.issuer}): members of the
 * structures with their habilitations, the prefecture agents and the departments they cover.
 */
@ApplicationScoped
class DemoMembers {

  @Inject AccountRepository accounts;
  @Inject TimeSource clock;

  @Inject
  @ConfigProperty(name = "relais.demo.issuer", defaultValue = "http://localhost:8089/relais-staff")
  String demoIssuer;

  /** The demonstration prefecture agents and the departments they cover. */
  private static final List<DemoAgent> DEMO_AGENTS =
      List.of(
          new DemoAgent("agent.prefecture", "Hugo Bernard", Set.of("31", "47", "82")),
          new DemoAgent("agent.prefecture2", "Inès Roche", Set.of("69")));

  private record DemoAgent(String subject, String name, Set<String> departments) {}

  /** The issuer of every demonstration account. */
  String issuer() {
    return demoIssuer;
  }

  /** The demonstration account with this subject. */
  Account named(String subject) {
    return accounts.findByIdentity(new ExternalIdentity(demoIssuer, subject)).orElseThrow();
  }

  /**
   * Gives the demonstration prefecture agents their departments, creating the second one if
   * missing: demonstration databases made before agents covered departments get them too. An agent
   * whose departments were already set is left as it is.
   */
  void scopeDemoAgents() {
    for (DemoAgent demo : DEMO_AGENTS) {
      ExternalIdentity identity = new ExternalIdentity(demoIssuer, demo.subject());
      Account agent =
          accounts
              .findByIdentity(identity)
              .orElseGet(
                  () -> {
                    Account a =
                        new Account(
                            AccountId.random(),
                            identity,
                            demo.name(),
                            Role.PREFECTURE_AGENT,
                            null,
                            clock.now());
                    accounts.add(a);
                    return a;
                  });
      if (agent.isPrefectureAgent() && agent.departments().isEmpty()) {
        agent.coverDepartments(demo.departments());
      }
    }
  }

  /** A demonstration member, unless one has this subject already. */
  void demo(String subject, String name, Role role, StructureId structure) {
    ExternalIdentity identity = new ExternalIdentity(demoIssuer, subject);
    if (accounts.findByIdentity(identity).isEmpty()) {
      Account a = new Account(AccountId.random(), identity, name, role, structure, clock.now());
      // Where the demonstration members' notices go (the local mail server keeps them).
      a.rememberVerifiedEmail(subject + "@membres.relais.localhost");
      accounts.add(a);
    }
  }

  /** A demonstration worker who holds the <em>identity checker</em> habilitation (D1). */
  void identityChecker(String subject) {
    accounts
        .findByIdentity(new ExternalIdentity(demoIssuer, subject))
        .ifPresent(a -> a.setHabilitations(true, a.protectedCases()));
  }

  /** A demonstration worker who holds the <em>protected cases</em> habilitation (F1, F2). */
  void protectedCases(String subject) {
    accounts
        .findByIdentity(new ExternalIdentity(demoIssuer, subject))
        .ifPresent(a -> a.setHabilitations(a.identityChecker(), true));
  }
}
