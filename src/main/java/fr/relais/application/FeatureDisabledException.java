package fr.relais.application;

/** The feature is switched off in this installation; answered as if it did not exist. */
public class FeatureDisabledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FeatureDisabledException(String feature) {
    super(feature + " is disabled");
  }
}
