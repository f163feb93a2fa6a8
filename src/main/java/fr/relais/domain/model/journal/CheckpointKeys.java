package fr.relais.domain.model.journal;

/** Where the checkpoint signing key comes from: held outside the database, like the chain key. */
public interface CheckpointKeys {
  /** Signs with the installation's checkpoint key; verifies against every trusted public key. */
  CheckpointSignatures signatures();
}
