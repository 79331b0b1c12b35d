package org.mailpath.bounds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file the user named on the command line (--ca-file, --trust-anchor): a regular file only,
 * and never more than a bound. A device, a FIFO or a directory is refused before it is opened,
 * because reading one can block forever or never end; the size is bounded by counting the bytes
 * read, not by {@link Files#size}, which means nothing for anything but a regular file.
 */
public final class LocalFile {
  private LocalFile() {}

  /**
   * The bytes of {@code file}.
   *
   * @param maxOctets the most a file of this kind can sensibly hold
   * @param what what the file should contain, for messages: "a PEM file of CA certificates"
   * @throws LocalFileException with a sentence naming the file and what is wrong with it
   */
  public static byte[] read(Path file, long maxOctets, String what) throws LocalFileException {
    if (Files.isDirectory(file)) {
      throw new LocalFileException(file + " is a directory, not " + what + ".");
    }
    if (!Files.exists(file)) {
      throw new LocalFileException(file + " does not exist.");
    }
    if (!Files.isRegularFile(file)) {
      throw new LocalFileException(
          file
              + " is not a regular file (a device, a pipe or a socket), so it cannot be "
              + what
              + ".");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxOctets + 1));
      if (bytes.length > maxOctets) {
        throw new LocalFileException(
            file + " is larger than " + describe(maxOctets) + ", too large to be " + what + ".");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new LocalFileException(file + " does not exist.");
    } catch (AccessDeniedException e) {
      throw new LocalFileException(file + " cannot be read: permission denied.");
    } catch (LocalFileException e) {
      throw e;
    } catch (IOException e) {
      throw new LocalFileException(file + " cannot be read.");
    }
  }

  private static String describe(long octets) {
    if (octets % (1024 * 1024) == 0) {
      return octets / (1024 * 1024) + " MiB";
    }
    if (octets % 1024 == 0) {
      return octets / 1024 + " KiB";
    }
    return octets + " bytes";
  }
}
