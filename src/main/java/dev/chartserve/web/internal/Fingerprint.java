package dev.chartserve.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.jfree.chart.JFreeChart;

import dev.chartserve.figure.internal.style.FontFallback;
import dev.chartserve.figure.internal.style.Fonts;

/**
 * What a chart's bytes depend on besides its URL: ChartServe's release and the version of its
 * drawing code, JFreeChart's release, the Java runtime that rasterises and encodes, and the fonts that
 * draw the text (the bundled DejaVu Sans faces and the fallback faces in their order, each by the
 * SHA-256 of its file). Nodes with equal fingerprints draw the same bytes for the same URL, so an
 * operator compares them across a cluster ({@code /charts/_health}, {@code fingerprint}); the value
 * also goes into every {@code ETag}, so a node that would draw differently never answers another's tag
 * with a 304.
 *
 * @param value      16 hex digits of the SHA-256 of everything below, in order
 * @param chartserve ChartServe's release ({@code version} in {@code dev/chartserve/chartserve.properties})
 * @param drawing    the version of ChartServe's drawing code that {@link ETags} states
 * @param jfreechart JFreeChart's release, from its jar's Maven descriptor ({@code unknown} without one)
 * @param java       the Java runtime's vendor and version
 * @param fonts      the faces in the order they are tried
 */
public record Fingerprint(String value, String chartserve, String drawing, String jfreechart, String java,
    List<Face> fonts) {
  static final String UNKNOWN = "unknown";

  /**
   * One face: its name, where it came from ({@code bundled}, a file path, {@code resource} for a
   * class-path font of {@code chartserve.fonts}, {@code installed} for a family found by name only) and
   * the SHA-256 of its file, or of its name and glyph count when it has no file to read.
   */
  public record Face(String name, String source, String sha256) {
    public Face {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(sha256, "sha256");
    }
  }

  public Fingerprint {
    Objects.requireNonNull(value, "value");
    fonts = List.copyOf(fonts);
  }

  /** The fingerprint of this application: its class path, this JVM and the font registry in use. */
  static Fingerprint of(FontFallback fallback) {
    List<Face> faces = new ArrayList<>();
    java.awt.Font[] bundled = {Fonts.regular(10), Fonts.bold(10)};
    for (int i = 0; i < Fonts.BUNDLED.size(); i++) {
      String resource = Fonts.BUNDLED.get(i);
      String name = bundled[i].getFontName(Locale.ROOT);
      try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
        // Fonts falls back to logical SansSerif when a bundled file cannot be read: say so.
        faces.add(in == null ? new Face(name, "missing " + resource, byName(bundled[i]))
            : new Face(name, "bundled", sha256(in)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    Map<Path, String> files = new HashMap<>(); // a collection file holds several faces: hash it once
    for (FontFallback.Face face : fallback.faces()) {
      String name = face.font().getFontName(Locale.ROOT);
      if (face.file() != null) {
        faces.add(new Face(name, face.file().toString(), files.computeIfAbsent(face.file(), Fingerprint::sha256)));
      } else if (face.bytes() != null) {
        faces.add(new Face(name, "resource", HexFormat.of().formatHex(digest().digest(face.bytes()))));
      } else {
        faces.add(new Face(name, "installed", byName(face.font())));
      }
    }
    return of(properties(Fingerprint.class, "/dev/chartserve/chartserve.properties").getProperty("version", UNKNOWN),
        ETags.DRAWING_VERSION,
        properties(JFreeChart.class, "/META-INF/maven/org.jfree/jfreechart/pom.properties").getProperty("version", UNKNOWN),
        System.getProperty("java.vendor") + " " + Runtime.version(),
        faces);
  }

  /** The fingerprint of these parts: {@code value} computed from them. */
  static Fingerprint of(String chartserve, String drawing, String jfreechart, String java, List<Face> fonts) {
    StringBuilder text = new StringBuilder("chartserve-fingerprint\n")
        .append(chartserve).append('\n').append(drawing).append('\n').append(jfreechart).append('\n')
        .append(java).append('\n');
    for (Face face : fonts) {
      text.append(face.name()).append('\t').append(face.sha256()).append('\n');
    }
    byte[] hash = digest().digest(text.toString().getBytes(StandardCharsets.UTF_8));
    return new Fingerprint(HexFormat.of().formatHex(hash, 0, 8), chartserve, drawing, jfreechart, java, fonts);
  }

  /** One line for the log: the value and its parts. */
  public String summary() {
    StringBuilder line = new StringBuilder("drawing fingerprint ").append(value)
        .append(": ChartServe ").append(chartserve).append(" (drawing ").append(drawing)
        .append("), JFreeChart ").append(jfreechart).append(", Java ").append(java).append(", fonts ");
    for (int i = 0; i < fonts.size(); i++) {
      Face face = fonts.get(i);
      line.append(i == 0 ? "" : ", ").append(face.name()).append(" [").append(face.sha256(), 0, 8).append(']');
    }
    return line.toString();
  }

  private static String byName(java.awt.Font font) {
    String text = font.getFontName(Locale.ROOT) + "\n" + font.getNumGlyphs();
    return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read font file " + file, e);
    }
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest digest = digest();
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static Properties properties(Class<?> owner, String resource) {
    Properties properties = new Properties();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
