package fr.relais.domain.model.deadline;

/** Who hears of a step of a deadline. */
public enum Audience {
  /** The members who follow the person (her caseload). */
  FOLLOWERS,
  /** The member responsible for the procedure; her followers when there is none. */
  RESPONSIBLE,
  /** The structure's active administrators. */
  ADMINISTRATORS,
  /** The member responsible and the administrators. */
  RESPONSIBLE_AND_ADMINISTRATORS,
  /** Her followers and the administrators. */
  FOLLOWERS_AND_ADMINISTRATORS;

  public boolean administrators() {
    return this == ADMINISTRATORS
        || this == RESPONSIBLE_AND_ADMINISTRATORS
        || this == FOLLOWERS_AND_ADMINISTRATORS;
  }

  public boolean responsible() {
    return this == RESPONSIBLE || this == RESPONSIBLE_AND_ADMINISTRATORS;
  }

  public boolean followers() {
    return this == FOLLOWERS || this == FOLLOWERS_AND_ADMINISTRATORS;
  }
}
