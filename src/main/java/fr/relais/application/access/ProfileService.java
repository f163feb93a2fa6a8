package fr.relais.application.access;

/** The signed-in user's own profile and preferences. */
public interface ProfileService {

  /** Who is signed in, with their role and structure. */
  ProfileView me();

  /**
   * Chooses the interface language ("fr" or "en").
   *
   * @throws InvalidInputException for any other value; nothing is changed
   */
  ProfileView changeLocale(String locale);

  /** The profile as shown to its owner; {@code departments}: those a prefecture agent covers. */
  record ProfileView(
      String accountId,
      String displayName,
      String role,
      String structureId,
      String structureName,
      String locale,
      String authenticationMethod,
      java.util.Set<String> departments) {}
}
