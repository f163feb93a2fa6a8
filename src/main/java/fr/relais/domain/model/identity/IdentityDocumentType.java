package fr.relais.domain.model.identity;

/** The documents an in-person check accepts: originals bearing a photograph. */
public enum IdentityDocumentType {
  PASSPORT,
  NATIONAL_ID_CARD,
  RESIDENCE_PERMIT,
  /** A receipt or provisional authorisation with a photograph (récépissé, APS). */
  PROVISIONAL_PERMIT,
  /** A travel document for refugees or stateless people. */
  TRAVEL_DOCUMENT
}
