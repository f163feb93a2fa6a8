package fr.relais.infrastructure.demo;

import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountId;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.access.ExternalIdentity;
import fr.relais.domain.model.access.Role;
import fr.relais.domain.model.structure.StructureId;
import fr.relais.domain.model.structure.StructureRepository;
import fr.relais.domain.shared.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data created at start-up:
 *
 * <ul>
 *   <li>bootstrap platform operators ({@code relais.bootstrap.operators} = {@code
 *       issuer|subject|display name}, several separated by {@code ;}), each created if no account
 *       has that identity — the way the first operator of a production installation gets in;
 *   <li>demonstration data ({@code relais.demo.enabled}), created only when the database has no
 *       structure yet: an operator, two prefecture agents and two structures with an administrator
 *       and two social workers each, all at the demo provider ({@code relais.demo.issuer}). The
 *       agent {@code agent.prefecture} covers the departments of the two structures; {@code
 *       agent.prefecture2} covers the Rhône (69) only and sees neither of them.
 * </ul>
 *
 * The demonstration data is made by one seeder per part, in this order: {@link DemoStructures}
 * (structures, members, accreditations), {@link DemoPeople} (people, their mandates through {@link
 * DemoMandates} and procedures through {@link DemoProcedures}, and one with her own access), {@link
 * DemoMadameB} (the takeover case), {@link DemoMailbox} (fixed mail addresses).
 *
 * <p>Safe on a cluster: a node that loses the race to create the same rows fails on the unique
 * constraints and leaves the winner's data.
 */
@ApplicationScoped
public class StartupData {

  private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

  @Inject AccountRepository accounts;
  @Inject StructureRepository structures;
  @Inject TimeSource clock;
  @Inject fr.relais.domain.model.journal.JournalKeys journalKeys;
  @Inject fr.relais.infrastructure.oidc.OidcProviders providers;

  @Inject
  @ConfigProperty(name = "relais.bootstrap.operators")
  Optional<String> bootstrapOperators;

  @Inject
  @ConfigProperty(name = "relais.demo.enabled", defaultValue = "false")
  boolean demoEnabled;

  @Inject
  @ConfigProperty(name = "relais.demo.people-per-structure", defaultValue = "1000")
  int peoplePerStructure;

  @Inject DemoMembers members;
  @Inject DemoStructures structureSeeder;
  @Inject DemoPeople peopleSeeder;
  @Inject DemoMadameB madameB;
  @Inject DemoMailbox mailboxSeeder;

  @Inject StartupData self;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    // Fail the deployment now, not at the first login, when the key or a provider is misconfigured.
    journalKeys.chain();
    LOG.info("OpenID providers configured: " + providers.all().size());
    try {
      for (String spec : bootstrapOperators.orElse("").split(";")) {
        if (!spec.isBlank()) {
          self.createOperator(spec);
        }
      }
      if (demoEnabled) {
        self.createDemoData();
        self.scopeDemoAgents();
      }
    } catch (RuntimeException e) {
      LOG.warning("Start-up data not created (another node may have done it): " + e);
    }
  }

  @Transactional
  public void createOperator(String spec) {
    String[] parts = spec.split("\\|", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "relais.bootstrap.operators must be issuer|subject|name[;…]");
    }
    ExternalIdentity identity = new ExternalIdentity(parts[0].trim(), parts[1].trim());
    if (accounts.findByIdentity(identity).isEmpty()) {
      accounts.add(
          new Account(
              AccountId.random(),
              identity,
              parts[2].trim(),
              Role.PLATFORM_OPERATOR,
              null,
              clock.now()));
      LOG.info("Bootstrap platform operator created for issuer " + identity.issuer());
    }
  }

  /**
   * Gives the demonstration prefecture agents their departments, creating the second one if
   * missing: demonstration databases made before agents covered departments get them too. An agent
   * whose departments were already set is left as it is.
   */
  @Transactional
  public void scopeDemoAgents() {
    members.scopeDemoAgents();
  }

  /** Stable ids, so that demonstrations and tests can name the demo structures. */
  public static StructureId demoStructure(String key) {
    return new StructureId(
        UUID.nameUUIDFromBytes(("relais-demo-structure:" + key).getBytes(StandardCharsets.UTF_8)));
  }

  @Transactional
  public void createDemoData() {
    if (structures.count() > 0) {
      return;
    }
    var ccas = demoStructure("ccas");
    var asso = demoStructure("asso");
    structureSeeder.create(ccas, asso);
    DemoPeople.Seeded inCcas = peopleSeeder.create(ccas, "ts1.ccas", "ts2.ccas", 0);
    madameB.create(ccas);
    mailboxSeeder.create(ccas, DEMO_LOCAL_PARTS[0], DEMO_TOKENS[0], inCcas.mailboxPeople());
    DemoPeople.Seeded inAsso = peopleSeeder.create(asso, "ts1.asso", "ts2.asso", 1);
    mailboxSeeder.create(asso, DEMO_LOCAL_PARTS[1], DEMO_TOKENS[1], inAsso.mailboxPeople());
    if (inCcas.withOwnAccess() != null) {
      peopleSeeder.ownAccess(inCcas.withOwnAccess(), ccas);
    }
    LOG.info(
        "Demonstration data created (9 accounts, 2 structures, "
            + (2 * peoplePerStructure + 1)
            + " people) for issuer "
            + members.issuer());
  }

  /**
   * The demonstration structures' institutional local parts and, for the first people of each who
   * are not protected, fixed sub-address tokens — so that the run command can deliver realistic
   * administration mail to them. The last token of each list is issued then retired (the address
   * leaked), to show what becomes of mail sent to it.
   */
  public static final String[] DEMO_LOCAL_PARTS = {"s-ccasdemw", "s-assdemwx"};

  public static final String[][] DEMO_TOKENS = {
    {"ccasdemwa234", "ccasdemwb234", "ccasdemwr234"},
    {"assdemwa2345", "assdemwb2345", "assdemwr2345"}
  };
}
