package fr.relais.infrastructure.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * The development key files the run command creates on first start (production configures its
 * keys): readable by their owner only, never seen half-written, and created once — when two starts
 * race, the second keeps the first one's key rather than replacing it, since entries may already
 * have been made with it.
 */
public final class DevelopmentKeyFiles {

  private static final Logger LOG = Logger.getLogger(DevelopmentKeyFiles.class.getName());

  private DevelopmentKeyFiles() {}

  /**
   * Creates {@code file} with {@code content} unless it exists; true when this call created it,
   * false when another had (the caller then reads it).
   */
  public static boolean createOnce(Path file, String content) throws IOException {
    return createOnce(file, content.getBytes(StandardCharsets.US_ASCII));
  }

  /** As {@link #createOnce(Path, String)}, for binary content (a keystore). */
  public static boolean createOnce(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException notPosix) {
        LOG.warning("Cannot restrict the permissions of " + file + " on this file system");
      }
      Files.write(tmp, content);
      // A hard link fails if the name exists, atomically; a rename would silently replace it.
      try {
        Files.createLink(file, tmp);
      } catch (UnsupportedOperationException noLinks) {
        Files.move(tmp, file); // refuses an existing name too, though not atomically
      }
      return true;
    } catch (FileAlreadyExistsException raced) {
      return false;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
