package fr.relais.application.access.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.CurrentRequest;
import fr.relais.application.InvalidInputException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.access.ProfileService;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.access.Account;
import fr.relais.domain.model.access.AccountRepository;
import fr.relais.domain.model.structure.Structure;
import fr.relais.domain.model.structure.StructureRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The signed-in user's profile. */
@ApplicationScoped
@Transactional
public class DefaultProfileService implements ProfileService {

  @Inject AccessPolicy policy;
  @Inject AccountRepository accounts;
  @Inject StructureRepository structures;
  @Inject Journal journal;
  @Inject CurrentRequest request;

  @Override
  public ProfileView me() {
    AuthenticatedUser user = policy.requireAuthenticated();
    return view(accounts.find(user.accountId()).orElseThrow());
  }

  @Override
  public ProfileView changeLocale(String locale) {
    AuthenticatedUser user = policy.requireAuthenticated();
    Account account = accounts.find(user.accountId()).orElseThrow();
    try {
      account.chooseLocale(locale);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("locale", "must be one of: fr, en");
    }
    journal.record(
        user.journal()
            .in(user.structure().map(s -> s.value()).orElse(null))
            .about("account", user.accountId().toString())
            .success("account.preferences.update", "locale"));
    return view(account);
  }

  private ProfileView view(Account a) {
    String structureName =
        a.structure().flatMap(structures::find).map(Structure::name).orElse(null);
    return new ProfileView(
        a.id().toString(),
        a.displayName(),
        a.role().name(),
        a.structure().map(Object::toString).orElse(null),
        structureName,
        a.locale().toLanguageTag(),
        request.authenticationMethod(),
        a.departments());
  }
}
