package fr.relais.infrastructure.documents;

/**
 * Reads the EXIF orientation tag of a JPEG, so that {@link EvidenceInspector} can apply it to the
 * pixels before dropping the EXIF segment. Any malformed or missing data gives 1 (upright).
 */
final class JpegOrientation {

  private static final int SOS = 0xDA;
  private static final int EOI = 0xD9;
  private static final int APP1 = 0xE1;
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int TYPE_SHORT = 3;

  private JpegOrientation() {}

  /** The orientation, 1 to 8, found in the first EXIF segment; 1 if there is none. */
  static int read(byte[] jpeg) {
    try {
      int pos = 2; // after SOI
      while (pos + 4 <= jpeg.length) {
        if ((jpeg[pos] & 0xFF) != 0xFF) {
          return 1;
        }
        int marker = jpeg[pos + 1] & 0xFF;
        if (marker == 0xFF) {
          pos++; // fill byte
          continue;
        }
        if (marker == SOS || marker == EOI) {
          return 1;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
          pos += 2; // standalone marker
          continue;
        }
        int length = u16(jpeg, pos + 2, false);
        int data = pos + 4;
        int end = pos + 2 + length;
        if (length < 2 || end > jpeg.length) {
          return 1;
        }
        if (marker == APP1 && isExif(jpeg, data, end)) {
          return fromTiff(jpeg, data + 6, end);
        }
        pos = end;
      }
    } catch (IndexOutOfBoundsException e) {
      // Malformed: treat as upright.
    }
    return 1;
  }

  private static boolean isExif(byte[] b, int from, int end) {
    byte[] header = {'E', 'x', 'i', 'f', 0, 0};
    if (end - from < header.length) {
      return false;
    }
    for (int i = 0; i < header.length; i++) {
      if (b[from + i] != header[i]) {
        return false;
      }
    }
    return true;
  }

  private static int fromTiff(byte[] b, int tiff, int end) {
    if (end - tiff < 8) {
      return 1;
    }
    boolean little;
    if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
      little = true;
    } else if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
      little = false;
    } else {
      return 1;
    }
    if (u16(b, tiff + 2, little) != 42) {
      return 1;
    }
    long ifd = tiff + u32(b, tiff + 4, little);
    if (ifd + 2 > end) {
      return 1;
    }
    int entries = u16(b, (int) ifd, little);
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd + 2 + 12 * i;
      if (entry + 12 > end) {
        return 1;
      }
      if (u16(b, entry, little) == ORIENTATION_TAG) {
        if (u16(b, entry + 2, little) != TYPE_SHORT) {
          return 1;
        }
        int value = u16(b, entry + 8, little);
        return value >= 1 && value <= 8 ? value : 1;
      }
    }
    return 1;
  }

  private static int u16(byte[] b, int at, boolean little) {
    int b0 = b[at] & 0xFF;
    int b1 = b[at + 1] & 0xFF;
    return little ? b0 | (b1 << 8) : (b0 << 8) | b1;
  }

  private static long u32(byte[] b, int at, boolean little) {
    long first = u16(b, at, little);
    long second = u16(b, at + 2, little);
    return little ? first | (second << 16) : (first << 16) | second;
  }
}
