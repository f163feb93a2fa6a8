package fr.relais.it.support;

/** The accounts a person holds at the administration, and the address each one uses. */
public final class AdministrationAccounts {
  private AdministrationAccounts() {}

  /** The person's administration accounts. */
  public static String of(String person) {
    return Ports.base() + "/api/v1/persons/" + person + "/administration-accounts";
  }
}
