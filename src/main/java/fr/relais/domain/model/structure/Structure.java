package fr.relais.domain.model.structure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An accompanying structure: one institutional account for many accompanied people. */
@Entity
@Table(name = "structure")
public class Structure {

  @Id private UUID id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 40)
  private StructureType type;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Structure() {}

  public Structure(StructureId id, String name, StructureType type, Instant createdAt) {
    this.id = Objects.requireNonNull(id).value();
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public StructureId id() {
    return new StructureId(id);
  }

  public String name() {
    return name;
  }

  public StructureType type() {
    return type;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
