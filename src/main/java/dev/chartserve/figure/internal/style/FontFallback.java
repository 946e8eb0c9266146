package dev.chartserve.figure.internal.style;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The fonts that draw what DejaVu Sans cannot: each run of characters the current font has no glyph
 * for is drawn in the first of these faces that has them (see docs/rendering.md, "Text in any
 * script"). The list is {@code chartserve.fonts} when set, else the installed faces of
 * {@link #DEFAULT_FAMILIES} in that order, so every node with the same fonts draws the same bytes.
 *
 * <p>Thread-safe: the registry is immutable and chosen once ({@link #install} before the first
 * chart, or the default on first use); {@link Font}s are immutable.
 */
public final class FontFallback {
  /** The default order: Simplified Chinese first, then the other CJK faces, then other scripts. */
  public static final List<String> DEFAULT_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans CJK TC",
      "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK HK", "Noto Sans Arabic", "Noto Sans Hebrew",
      "Noto Sans Devanagari", "Noto Sans Thai");
  private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"),
      Path.of("/usr/local/share/fonts"));
  /** The scripts the report names, each with a letter to test. */
  private static final Map<String, Integer> SCRIPTS = scripts();

  private static final AtomicReference<FontFallback> INSTALLED = new AtomicReference<>();

  private final List<Face> faces;

  /** One fallback face: the AWT font, and where its file is for PDF embedding (null: none). */
  public record Face(Font font, String family, Path file, byte[] bytes, int index) {
    public Face {
      Objects.requireNonNull(font, "font");
    }

    /** The font file's bytes, or null when the face has no file (installed without one found). */
    public byte[] read() {
      if (bytes != null) {
        return bytes;
      }
      if (file == null) {
        return null;
      }
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read font file " + file, e);
      }
    }

    /** The file name OpenPDF takes: {@code name.ttc,2} for a face in a collection. */
    public String pdfName() {
      String name = file != null ? file.getFileName().toString() : family.replace(" ", "") + ".ttf";
      return name.toLowerCase(Locale.ROOT).endsWith(".ttc") ? name + "," + index : name;
    }
  }

  private FontFallback(List<Face> faces) {
    this.faces = List.copyOf(faces);
  }

  /** The registry in use: the installed one, else the default (chosen once, then fixed). */
  public static FontFallback current() {
    FontFallback fallback = INSTALLED.get();
    if (fallback == null) {
      INSTALLED.compareAndSet(null, new FontFallback(defaults()));
      fallback = INSTALLED.get();
    }
    return fallback;
  }

  /**
   * Parses {@code chartserve.fonts} entries into faces, in order.
   *
   * @throws IllegalArgumentException naming {@code key} and the entry that is neither a readable
   *                                  font file, a class-path font resource nor an installed family
   */
  public static FontFallback parse(String key, List<String> entries, ClassLoader loader) {
    List<Face> faces = new ArrayList<>();
    for (String entry : entries) {
      faces.addAll(load(key, entry, loader));
    }
    return new FontFallback(faces);
  }

  /** Makes {@code fallback} the registry; the first call wins (the application starts once). */
  public static void install(FontFallback fallback) {
    INSTALLED.compareAndSet(null, Objects.requireNonNull(fallback, "fallback"));
  }

  public List<Face> faces() {
    return faces;
  }

  /** The face that draws {@code codePoint}, derived like {@code base}, or null if none has it. */
  public Font fontFor(int codePoint, Font base) {
    for (Face face : faces) {
      if (face.font.canDisplay(codePoint)) {
        return derive(face.font, base);
      }
    }
    return null;
  }

  /** The face whose family is {@code family}, if it is one of these. */
  public Face face(String family) {
    for (Face face : faces) {
      if (face.family.equals(family)) {
        return face;
      }
    }
    return null;
  }

  private static Font derive(Font face, Font base) {
    boolean bold = base.isBold() || base.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold");
    Font font = face.deriveFont(bold ? Font.BOLD : Font.PLAIN, base.getSize2D());
    return base.isTransformed() ? font.deriveFont(base.getTransform()) : font;
  }

  /**
   * Which face serves which scripts, e.g. {@code DejaVu Sans (Latin, Greek), Noto Sans CJK SC (Han)};
   * scripts no face has are listed after {@code none}.
   */
  public String describe(Font primary) {
    Map<String, List<String>> byFace = new LinkedHashMap<>();
    byFace.put(primary.getFamily(Locale.ROOT), new ArrayList<>());
    for (Face face : faces) {
      byFace.putIfAbsent(face.family, new ArrayList<>());
    }
    List<String> none = new ArrayList<>();
    for (Map.Entry<String, Integer> script : SCRIPTS.entrySet()) {
      int letter = script.getValue();
      if (primary.canDisplay(letter)) {
        byFace.get(primary.getFamily(Locale.ROOT)).add(script.getKey());
        continue;
      }
      Face face = faces.stream().filter(f -> f.font.canDisplay(letter)).findFirst().orElse(null);
      (face == null ? none : byFace.get(face.family)).add(script.getKey());
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, List<String>> entry : byFace.entrySet()) {
      if (entry.getValue().isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : ", ").append(entry.getKey())
          .append(" (").append(String.join(", ", entry.getValue())).append(')');
    }
    if (!none.isEmpty()) {
      out.append(", none (").append(String.join(", ", none)).append(')');
    }
    return out.toString();
  }

  private static List<Face> load(String key, String entry, ClassLoader loader) {
    String lower = entry.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".ttf") || lower.endsWith(".otf") || lower.endsWith(".ttc")) {
      Path file = Path.of(entry);
      if (Files.isRegularFile(file)) {
        try {
          return faces(Font.createFonts(file.toFile()), file, null);
        } catch (IOException | FontFormatException e) {
          throw new IllegalArgumentException(key + ": cannot read font file \"" + entry + "\": " + e.getMessage(), e);
        }
      }
      String resource = entry.startsWith("/") ? entry.substring(1) : entry;
      try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
        if (in != null) {
          byte[] bytes = in.readAllBytes();
          return faces(Font.createFonts(new java.io.ByteArrayInputStream(bytes)), null, bytes);
        }
      } catch (IOException | FontFormatException e) {
        throw new IllegalArgumentException(key + ": cannot read font resource \"" + entry + "\": " + e.getMessage(), e);
      }
      throw new IllegalArgumentException(key + " must list font files, class-path font resources or installed"
          + " font families, separated by commas; no file or resource \"" + entry + "\"");
    }
    Face installed = installed(entry);
    if (installed == null) {
      throw new IllegalArgumentException(key + " must list font files, class-path font resources or installed"
          + " font families, separated by commas; no installed family \"" + entry + "\"");
    }
    return List.of(installed);
  }

  private static List<Face> faces(Font[] fonts, Path file, byte[] bytes) {
    List<Face> faces = new ArrayList<>();
    for (int i = 0; i < fonts.length; i++) {
      faces.add(new Face(fonts[i], fonts[i].getFamily(Locale.ROOT), file, bytes, i));
    }
    return faces;
  }

  private static List<Face> defaults() {
    List<Face> faces = new ArrayList<>();
    for (String family : DEFAULT_FAMILIES) {
      Face face = installed(family);
      if (face != null) {
        faces.add(face);
      }
    }
    return faces;
  }

  /** The installed family's regular face, from its file when one is found (for PDF), else by name. */
  private static Face installed(String family) {
    if (!Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))
        .contains(family)) {
      return null;
    }
    String stem = family.replace(" ", "").replaceAll("CJK(SC|TC|JP|KR|HK)$", "CJK") + "-Regular.";
    for (Path dir : FONT_DIRS) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(p -> p.getFileName().toString().startsWith(stem)).sorted().toList()) {
          Font[] fonts = Font.createFonts(file.toFile());
          for (int i = 0; i < fonts.length; i++) {
            if (fonts[i].getFamily(Locale.ROOT).equals(family)) {
              return new Face(fonts[i], family, file, null, i);
            }
          }
        }
      } catch (IOException | FontFormatException | UncheckedIOException e) {
        // fall through to the font by name: raster and SVG still draw it, PDF cannot embed it
      }
    }
    return new Face(new Font(family, Font.PLAIN, 1), family, null, null, 0);
  }

  private static Map<String, Integer> scripts() {
    Map<String, Integer> scripts = new LinkedHashMap<>();
    scripts.put("Latin", (int) 'A');
    scripts.put("Greek", 0x03B1);
    scripts.put("Cyrillic", 0x0436);
    scripts.put("Arabic", 0x0639);
    scripts.put("Hebrew", 0x05D0);
    scripts.put("Devanagari", 0x0915);
    scripts.put("Thai", 0x0E01);
    scripts.put("Han", 0x4E2D);
    scripts.put("Hiragana", 0x3042);
    scripts.put("Katakana", 0x30A2);
    scripts.put("Hangul", 0xD55C);
    return scripts;
  }
}
