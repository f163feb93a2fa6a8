package fr.relais.application.catalogue.internal;

import fr.relais.application.AuthenticatedUser;
import fr.relais.application.InvalidInputException;
import fr.relais.application.NotFoundException;
import fr.relais.application.access.AccessPolicy;
import fr.relais.application.catalogue.CatalogueService;
import fr.relais.application.journal.Journal;
import fr.relais.domain.model.catalogue.ProcedureCode;
import fr.relais.domain.model.catalogue.ProcedureType;
import fr.relais.domain.model.catalogue.ProcedureTypeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;

/** Reads and edits the procedure catalogue; edits are journaled. */
@ApplicationScoped
@Transactional
public class DefaultCatalogueService implements CatalogueService {

  @Inject AccessPolicy policy;
  @Inject ProcedureTypeRepository types;
  @Inject Journal journal;

  @Override
  public List<ProcedureTypeView> list(boolean includeInactive) {
    AuthenticatedUser user = policy.requireAuthenticated();
    if (includeInactive) {
      policy.platform().requireEditCatalogue();
    }
    return (includeInactive ? types.all() : types.active())
        .stream().map(t -> view(t, user.locale())).toList();
  }

  @Override
  public ProcedureTypeView change(ProcedureCode code, Change change) {
    AuthenticatedUser user = policy.platform().requireEditCatalogue();
    ProcedureType type = types.find(code).orElseThrow(NotFoundException::new);
    if (change == null) {
      throw new InvalidInputException("body", "required");
    }
    try {
      if (change.labelFr() != null || change.labelEn() != null) {
        type.relabel(
            change.labelFr() == null ? type.labelFr() : change.labelFr(),
            change.labelEn() == null ? type.labelEn() : change.labelEn());
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          change.labelFr() != null
                  && (change.labelFr().isBlank() || change.labelFr().length() > 200)
              ? "labelFr"
              : "labelEn",
          "1 to 200 characters");
    }
    if (change.active() != null) {
      type.setActive(change.active());
    }
    journal.record(
        user.journal()
            .about("procedure_type", type.code().toString())
            .success("catalogue.procedure-type.update"));
    return view(type, user.locale());
  }

  private static ProcedureTypeView view(ProcedureType t, Locale locale) {
    return new ProcedureTypeView(
        t.code().toString(),
        t.label(locale),
        t.labelFr(),
        t.labelEn(),
        t.family(),
        t.channel().name(),
        t.forChild(),
        t.victimsEntry(),
        t.aseEntry(),
        t.legalReference(),
        t.active());
  }
}
