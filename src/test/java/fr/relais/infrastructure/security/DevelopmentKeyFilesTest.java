package fr.relais.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentKeyFilesTest {

  @TempDir Path dir;

  @Test
  void aKeyFileIsCreatedOnceForItsOwnerOnlyAndNeverReplaced() throws Exception {
    Path file = dir.resolve("keys/journal.key");
    assertTrue(DevelopmentKeyFiles.createOnce(file, "first"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

    // A second start that raced the first keeps the first key: entries may be made with it.
    assertFalse(DevelopmentKeyFiles.createOnce(file, "second"));
    assertArrayEquals("first".getBytes(), Files.readAllBytes(file));
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(1, left.count(), "no temporary file left behind");
    }
  }
}
