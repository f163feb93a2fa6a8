package fr.relais.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md lists every package, each with its own `package-info.java`, and no class of
 * the main code is over 500 lines: what a newcomer reads first stays true of the code.
 */
class PackagesDocumentedTest {

  private static final Path MAIN = Path.of("src/main/java/fr/relais");

  private static List<Path> packages() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      return dirs.filter(Files::isDirectory)
          .filter(
              d -> {
                try (Stream<Path> files = Files.list(d)) {
                  return files.anyMatch(f -> f.toString().endsWith(".java"));
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static String name(Path dir) {
    String relative = MAIN.relativize(dir).toString().replace('/', '.');
    return relative.isEmpty() ? "fr.relais" : relative;
  }

  @Test
  void everyPackageSaysWhatLivesThereAndIsListedInTheArchitecture() throws IOException {
    String doc = Files.readString(Path.of("docs/architecture.md"));
    for (Path dir : packages()) {
      assertTrue(
          Files.exists(dir.resolve("package-info.java")), name(dir) + " has no package-info.java");
      assertTrue(
          doc.contains("| `" + name(dir) + "` |"),
          name(dir) + " is missing from the package table of docs/architecture.md");
    }
  }

  @Test
  void noClassIsOverFiveHundredLines() throws IOException {
    List<String> over;
    try (Stream<Path> files = Files.walk(MAIN)) {
      over =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(
                  f -> {
                    try {
                      return Files.readAllLines(f).size() > 500;
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(f -> MAIN.relativize(f).toString())
              .sorted()
              .toList();
    }
    assertEquals(List.of(), over, "classes over 500 lines");
  }
}
