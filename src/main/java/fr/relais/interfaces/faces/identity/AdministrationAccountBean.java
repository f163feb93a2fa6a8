package fr.relais.interfaces.faces.identity;

import fr.relais.application.identity.AdministrationAccountService;
import fr.relais.domain.model.administration.AdministrationAccountId;
import fr.relais.domain.model.person.PersonId;
import fr.relais.interfaces.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The card « Comptes auprès de l'administration » of a file (E2): her accounts, whether each writes
 * to her sub-address, the move step by step, and recording a new account. Only talks to the
 * application layer; nothing is kept beyond the request.
 */
@Named("adminAccounts")
@RequestScoped
public class AdministrationAccountBean {

  @Inject AdministrationAccountService accounts;

  private List<AdministrationAccountService.AccountView> list;
  private String service = "ANEF";
  private String label;
  private String identifier;
  private String address;

  public List<AdministrationAccountService.AccountView> list(PersonId personId) {
    if (list == null) {
      list = accounts.list(personId);
    }
    return list;
  }

  public void record(PersonId personId) {
    AdministrationAccountService.NewAccount input =
        new AdministrationAccountService.NewAccount(service, label, identifier, address);
    if (Messages.attempt(
        "adminAccount.exists",
        () -> {
          accounts.record(personId, input);
          Messages.info("adminAccount.recorded");
        })) {
      label = null;
      identifier = null;
      address = null;
    }
    list = null;
  }

  public void move(String accountId, String step) {
    Messages.attempt(
        () -> {
          accounts.move(AdministrationAccountId.parse(accountId), step);
          Messages.info("adminAccount.move." + step);
        });
    list = null;
  }

  public List<String> getServices() {
    return List.of("ANEF", "OTHER");
  }

  public String getService() {
    return service;
  }

  public void setService(String service) {
    this.service = service;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }
}
