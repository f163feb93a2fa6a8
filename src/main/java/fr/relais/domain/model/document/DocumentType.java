package fr.relais.domain.model.document;

/**
 * What a document of a person's file is. Four types are classified by nature (F2): evidence of
 * violence, protection orders, complaints and medical certificates; any other may be classified at
 * upload or later.
 */
public enum DocumentType {
  IDENTITY,
  RESIDENCE_PERMIT,
  PROOF_OF_ADDRESS,
  PHOTO,
  PAYSLIP,
  COURT_DECISION,
  ADMINISTRATION_LETTER,
  OTHER,
  EVIDENCE_OF_VIOLENCE,
  PROTECTION_ORDER,
  COMPLAINT,
  MEDICAL_CERTIFICATE;

  /** Whether a document of this type is always classified. */
  public boolean classifiedByNature() {
    return this == EVIDENCE_OF_VIOLENCE
        || this == PROTECTION_ORDER
        || this == COMPLAINT
        || this == MEDICAL_CERTIFICATE;
  }
}
