package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.application.NotAuthenticatedException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.IdentityEvaluator;
import fr.relais.application.access.MailboxEvaluator;
import fr.relais.application.access.MandateEvaluator;
import fr.relais.application.access.OwnSpaceEvaluator;
import fr.relais.application.access.PersonEvaluator;
import fr.relais.application.access.PlatformEvaluator;
import fr.relais.application.access.ProcedureEvaluator;
import fr.relais.application.access.ProtectionEvaluator;
import fr.relais.application.access.SealedEvaluator;
import fr.relais.application.access.StructureEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The entry point of the access policy: the current user, and each area's evaluator. */
@ApplicationScoped
public class DefaultAccessPolicy implements AccessPolicy {

  @Inject CurrentRequest request;
  @Inject PlatformEvaluator platform;
  @Inject StructureEvaluator structures;
  @Inject PersonEvaluator persons;
  @Inject SealedEvaluator sealed;
  @Inject ProtectionEvaluator protection;
  @Inject ProcedureEvaluator procedures;
  @Inject MandateEvaluator mandates;
  @Inject MailboxEvaluator mailbox;
  @Inject IdentityEvaluator identity;
  @Inject OwnSpaceEvaluator own;
  @Inject fr.relais.application.journal.Journal journal;

  @Override
  public AuthenticatedUser requireAuthenticated() {
    return request.user().orElseThrow(NotAuthenticatedException::new);
  }

  @Override
  public void refuseUnknown(String action) {
    request
        .user()
        .ifPresent(
            user ->
                journal.recordSeparately(
                    user.journal().about(null, null).refused(action, "UNKNOWN")));
  }

  @Override
  public PlatformEvaluator platform() {
    return platform;
  }

  @Override
  public StructureEvaluator structures() {
    return structures;
  }

  @Override
  public PersonEvaluator persons() {
    return persons;
  }

  @Override
  public SealedEvaluator sealed() {
    return sealed;
  }

  @Override
  public ProtectionEvaluator protection() {
    return protection;
  }

  @Override
  public ProcedureEvaluator procedures() {
    return procedures;
  }

  @Override
  public MandateEvaluator mandates() {
    return mandates;
  }

  @Override
  public MailboxEvaluator mailbox() {
    return mailbox;
  }

  @Override
  public IdentityEvaluator identity() {
    return identity;
  }

  @Override
  public OwnSpaceEvaluator own() {
    return own;
  }
}
