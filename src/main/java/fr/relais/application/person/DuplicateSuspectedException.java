package fr.relais.application.person;

import java.util.List;

/** The structure already follows someone who may be the same person; nothing was created. */
public class DuplicateSuspectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> candidates;

  public DuplicateSuspectedException(List<String> candidates) {
    super("possible duplicate");
    this.candidates = List.copyOf(candidates);
  }

  public List<String> candidates() {
    return candidates;
  }
}
