package dev.chartserve.render.internal;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

import dev.chartserve.figure.internal.style.FontFallback;

/**
 * Maps every AWT font to the bundled DejaVu Sans (bold faces to DejaVu Sans Bold), embedded as a
 * subset with Identity-H encoding, so text in the PDF is real, selectable text in the same face on
 * every machine. Italic is slanted by OpenPDF; serif and monospace families also come out in DejaVu
 * Sans, the only family ChartServe bundles. The runs drawn in a fallback face ({@link FontFallback})
 * embed that face's subset the same way.
 *
 * <p>One mapper per document: OpenPDF's fonts record which glyphs a document used.
 */
final class PdfFonts implements FontMapper {
  private static final String DIR = "/dev/chartserve/figure/fonts/";
  private static final String REGULAR = "DejaVuSans.ttf";
  private static final String BOLD = "DejaVuSans-Bold.ttf";

  private BaseFont regular;
  private BaseFont bold;
  private final Map<String, BaseFont> fallbacks = new HashMap<>();

  private PdfFonts() {
  }

  /** A mapper for one document, or empty if the bundled fonts cannot be read (text then as shapes). */
  static Optional<PdfFonts> forOneDocument() {
    return Files.AVAILABLE ? Optional.of(new PdfFonts()) : Optional.empty();
  }

  @Override
  public BaseFont awtToPdf(Font font) {
    FontFallback.Face face = FontFallback.current().face(font.getFamily(Locale.ROOT));
    if (face != null) {
      BaseFont fallback = fallbacks.get(face.family());
      if (fallback == null && !fallbacks.containsKey(face.family())) {
        byte[] file = face.read();
        fallback = file == null ? null : load(face.pdfName(), file);
        fallbacks.put(face.family(), fallback);
      }
      if (fallback != null) {
        return fallback; // the fallback face's subset, embedded like DejaVu Sans
      }
    }
    if (isBold(font)) {
      if (bold == null) {
        bold = load(BOLD, Files.BOLD);
      }
      return bold;
    }
    if (regular == null) {
      regular = load(REGULAR, Files.REGULAR);
    }
    return regular;
  }

  @Override
  public Font pdfToAwt(BaseFont font, int size) {
    return new Font("DejaVu Sans", font == bold ? Font.BOLD : Font.PLAIN, size);
  }

  private static boolean isBold(Font font) {
    // A face made by Font.createFont from a bold file reports PLAIN style: its name says bold.
    return font.isBold() || font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold");
  }

  private static BaseFont load(String name, byte[] ttf) {
    try {
      BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
      // The subset tag ("ABCDEF+DejaVuSans") is random in OpenPDF; derive it from the face instead.
      font.setSecureRandom(new FixedLetters(subsetTag(name)));
      return font;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot load the bundled font " + name, e);
    }
  }

  /** Six capital letters from a hash of {@code name}: the same tag for the same face, every time. */
  static String subsetTag(String name) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      char[] tag = new char[6];
      for (int i = 0; i < tag.length; i++) {
        tag[i] = (char) ('A' + Math.floorMod(hash[i], 26));
      }
      return new String(tag);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * What OpenPDF's subset tag is drawn from: it asks for {@code nextDouble()} six times and turns each
   * into a letter, {@code 'A' + 26 × value}. This answers the letters of a fixed tag, in turn.
   */
  private static final class FixedLetters extends SecureRandom {
    private final String letters;
    private int next;

    FixedLetters(String letters) {
      super(new byte[1]); // an explicit seed: no entropy is gathered for a generator never used
      this.letters = letters;
    }

    @Override
    public double nextDouble() {
      char letter = letters.charAt(next++ % letters.length());
      return (letter - 'A' + 0.5) / 26;
    }
  }

  /** The bundled font files, read once on first use; never written after, so shared read-only. */
  private static final class Files {
    static final byte[] REGULAR = read(PdfFonts.REGULAR);
    static final byte[] BOLD = read(PdfFonts.BOLD);
    static final boolean AVAILABLE = REGULAR.length > 0 && BOLD.length > 0;

    private static byte[] read(String name) {
      try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
        return in == null ? new byte[0] : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled font " + name, e);
      }
    }
  }
}
