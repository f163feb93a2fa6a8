package fr.relais.application.identity.internal;

import fr.relais.application.shielding.SealedField;
import fr.relais.application.shielding.SealedOpener;
import fr.relais.application.shielding.Vault;
import fr.relais.domain.model.administration.AdministrationAccount;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * An administration account's identifier and address in the vault (E2, S41): sealed for everyone,
 * under her data key, each bound to its account — whichever service records the account or moves
 * its address.
 */
public final class SealedAccounts {

  private SealedAccounts() {}

  /** The identifier of a new account ({@code account}: its id, made before it). */
  public static byte[] sealIdentifier(Vault vault, UUID person, UUID account, String identifier) {
    return vault.seal(
        SealedField.ACCOUNT_IDENTIFIER.of(person, account),
        identifier.getBytes(StandardCharsets.UTF_8));
  }

  /** The address the account's service writes to, sealed for it. */
  public static byte[] sealAddress(Vault vault, AdministrationAccount a, String address) {
    return vault.seal(
        SealedField.ACCOUNT_ADDRESS.of(a.personId(), a.sealedRow()),
        address.getBytes(StandardCharsets.UTF_8));
  }

  /** Its identifier, opened; the caller has asked the access policy. */
  public static String identifier(SealedOpener opener, AdministrationAccount a) {
    return opener.openText(
        SealedField.ACCOUNT_IDENTIFIER.of(a.personId(), a.sealedRow()), a.identifierSealed());
  }

  /** Its address, opened (null when none is known); the caller has asked the access policy. */
  public static String address(SealedOpener opener, AdministrationAccount a) {
    return opener.openText(
        SealedField.ACCOUNT_ADDRESS.of(a.personId(), a.sealedRow()), a.addressSealed());
  }
}
