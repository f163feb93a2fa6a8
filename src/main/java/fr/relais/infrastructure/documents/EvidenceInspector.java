package fr.relais.infrastructure.documents;

import static fr.relais.application.documents.EvidenceRejectedException.EMPTY;
import static fr.relais.application.documents.EvidenceRejectedException.TOO_LARGE;
import static fr.relais.application.documents.EvidenceRejectedException.TYPE_MISMATCH;
import static fr.relais.application.documents.EvidenceRejectedException.UNREADABLE_IMAGE;
import static fr.relais.application.documents.EvidenceRejectedException.UNSUPPORTED_TYPE;

import fr.relais.application.documents.EvidenceInspection;
import fr.relais.application.documents.EvidenceRejectedException;
import fr.relais.domain.shared.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * {@link EvidenceInspection} with the JDK's image codecs and PDFBox. Checks an uploaded signed scan
 * before it is stored (S60): declared size limit, allowed types (PDF, JPEG, PNG) recognised by
 * their magic bytes rather than by file name or declared type, and images stripped of their
 * metadata.
 *
 * <p>JPEG and PNG images are decoded and re-encoded in the same format, which drops every metadata
 * segment (EXIF including GPS position, XMP, ICC profiles, comments, PNG text chunks): a photo of a
 * form can reveal where the person lives. The EXIF orientation is applied to the pixels before it
 * is dropped, so that phone photos keep the right way up. Images of more than 40 megapixels (width
 * × height, read from the header) are refused before being decoded, against decompression bombs.
 *
 * <p>PDF documents are rewritten without their metadata (document information dictionary: author,
 * producer, title…; XMP of the document and of its pages), see {@link PdfMetadata}; a PDF that
 * cannot be parsed, or that is protected by a password, is refused. Its pages are kept as they are
 * and not otherwise analysed.
 */
@ApplicationScoped
public class EvidenceInspector implements EvidenceInspection {

  /** Largest decoded image accepted, in pixels (width × height). */
  static final long MAX_PIXELS = 40_000_000L;

  static final String PDF = "application/pdf";
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";

  private static final float JPEG_QUALITY = 0.92f;
  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {
    (byte) 0x89, 'P', 'N', 'G', (byte) 0x0D, (byte) 0x0A, (byte) 0x1A, (byte) 0x0A
  };

  @Override
  public Inspected inspect(byte[] content, String declaredMediaType, long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (content == null || content.length == 0) {
      throw new EvidenceRejectedException(EMPTY, "Empty upload");
    }
    long limit = Math.min(maxBytes, MAX_BYTES);
    if (content.length > limit) {
      throw new EvidenceRejectedException(
          TOO_LARGE, "Upload of " + content.length + " bytes exceeds " + limit);
    }
    String detected = detect(content);
    if (detected == null) {
      throw new EvidenceRejectedException(UNSUPPORTED_TYPE, "Not a PDF, JPEG or PNG file");
    }
    String declared = baseType(declaredMediaType);
    if (declared != null && !declared.equals(detected)) {
      throw new EvidenceRejectedException(
          TYPE_MISMATCH, "Declared " + declared + " but content is " + detected);
    }
    byte[] stored =
        switch (detected) {
          case JPEG -> reencode(content, "jpeg", JpegOrientation.read(content));
          case PNG -> reencode(content, "png", 1);
          default -> PdfMetadata.strip(content);
        };
    return new Inspected(detected, stored, Sha256.hex(stored));
  }

  /** The media type given by the first bytes, or {@code null} if not an accepted type. */
  static String detect(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return PDF;
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return JPEG;
    }
    if (startsWith(content, PNG_MAGIC)) {
      return PNG;
    }
    return null;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String baseType(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    int semicolon = mediaType.indexOf(';');
    String base = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip();
    return base.isEmpty() ? null : base.toLowerCase(Locale.ROOT);
  }

  private static byte[] reencode(byte[] content, String format, int orientation) {
    BufferedImage image = orient(decode(content, format), orientation);
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
    if (!writers.hasNext()) {
      throw new IllegalStateException("No ImageIO writer for " + format);
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format.equals("jpeg")) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      // No metadata passed: the writer emits only what the format requires.
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot re-encode image", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static BufferedImage decode(byte[] content, String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("No ImageIO reader for " + format);
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
      reader.setInput(in, true, true);
      // Header only: refuse oversized images before allocating their pixels.
      long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
      if (pixels > MAX_PIXELS || pixels <= 0) {
        throw new EvidenceRejectedException(
            UNREADABLE_IMAGE, "Image of " + pixels + " pixels is outside the accepted size");
      }
      BufferedImage image = reader.read(0);
      if (image == null) {
        throw new EvidenceRejectedException(UNREADABLE_IMAGE, "Image cannot be decoded");
      }
      return image;
    } catch (IOException | RuntimeException e) {
      if (e instanceof EvidenceRejectedException rejected) {
        throw rejected;
      }
      throw new EvidenceRejectedException(UNREADABLE_IMAGE, "Image cannot be decoded", e);
    } finally {
      reader.dispose();
    }
  }

  /** Applies an EXIF orientation (1 to 8) to the pixels. */
  private static BufferedImage orient(BufferedImage image, int orientation) {
    if (orientation < 2 || orientation > 8) {
      return image;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    AffineTransform t = new AffineTransform();
    switch (orientation) {
      case 2 -> t.setTransform(-1, 0, 0, 1, w, 0); // mirror horizontally
      case 3 -> t.setTransform(-1, 0, 0, -1, w, h); // rotate 180°
      case 4 -> t.setTransform(1, 0, 0, -1, 0, h); // mirror vertically
      case 5 -> t.setTransform(0, 1, 1, 0, 0, 0); // transpose
      case 6 -> t.setTransform(0, 1, -1, 0, h, 0); // rotate 90° clockwise
      case 7 -> t.setTransform(0, -1, -1, 0, h, w); // transverse
      default -> t.setTransform(0, -1, 1, 0, 0, w); // 8: rotate 90° counter-clockwise
    }
    boolean swap = orientation >= 5;
    BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, opaqueTypeOf(image));
    new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, target);
    return target;
  }

  private static int opaqueTypeOf(BufferedImage image) {
    return image.getType() == BufferedImage.TYPE_BYTE_GRAY
        ? BufferedImage.TYPE_BYTE_GRAY
        : BufferedImage.TYPE_3BYTE_BGR;
  }
}
