package dev.chartserve.guard.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs chart URLs and checks their signatures: an HMAC-SHA256 over the chart name, the format's
 * extension and the canonical parameters (every parameter but {@code sig}, sorted by name then value,
 * percent-encoded), kept to 128 bits in URL-safe base64. A signature is good for one chart in one
 * format: {@code seed-hist.png}'s does not open {@code seed-hist.svg}. The first key signs; every
 * key verifies, so a new key can be added first and the old one removed once the pages that carry
 * old URLs are gone.
 *
 * <p>A signed URL verifies on any node that holds the key: nothing is stored. Thread-safe.
 */
public final class UrlSigner {
  /** The query parameter that carries the signature. */
  public static final String PARAMETER = "sig";
  /** The shortest key accepted, in characters. */
  public static final int MIN_KEY_LENGTH = 16;

  private static final String ALGORITHM = "HmacSHA256";
  private static final int SIGNATURE_BYTES = 16;

  private final List<SecretKeySpec> keys;

  /**
   * @param keys one or more secrets of at least {@link #MIN_KEY_LENGTH} characters; the first signs
   */
  public UrlSigner(List<String> keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no signing key");
    }
    List<SecretKeySpec> specs = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      String key = Objects.requireNonNull(keys.get(i), "key");
      if (key.length() < MIN_KEY_LENGTH) {
        // Never echo a secret: say which key and how long it is.
        throw new IllegalArgumentException("signing key " + (i + 1) + " of " + keys.size() + " has "
            + key.length() + " characters; at least " + MIN_KEY_LENGTH + " are needed");
      }
      specs.add(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
    }
    this.keys = List.copyOf(specs);
  }

  /**
   * The signature of {@code chart} in {@code format} (the URL's extension, e.g. {@code png}) with
   * {@code parameters} (any {@code sig} among them is ignored).
   */
  public String sign(String chart, String format, Map<String, List<String>> parameters) {
    return signature(keys.get(0), canonical(chart, format, parameters));
  }

  /**
   * Whether {@code signature} was made by one of the keys for exactly this chart, format and these
   * parameters.
   */
  public boolean verify(String chart, String format, Map<String, List<String>> parameters, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
    String canonical = canonical(chart, format, parameters);
    boolean valid = false;
    for (SecretKeySpec key : keys) {
      // Check every key, always: the time taken says nothing about which one matched.
      valid |= MessageDigest.isEqual(given, signature(key, canonical).getBytes(StandardCharsets.US_ASCII));
    }
    return valid;
  }

  /** {@code name/png?a=1&b=x%20y}: what is signed. */
  static String canonical(String chart, String format, Map<String, List<String>> parameters) {
    List<String> pairs = new ArrayList<>();
    parameters.forEach((name, values) -> {
      if (!PARAMETER.equals(name)) {
        for (String value : values) {
          pairs.add(encode(name) + "=" + encode(value));
        }
      }
    });
    pairs.sort(null);
    // Within the parts "/" and "?" are always encoded: no two inputs make the same text.
    return encode(chart) + "/" + encode(format) + "?" + String.join("&", pairs);
  }

  /** RFC 3986 percent-encoding of everything but the unreserved characters. */
  public static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  private static String signature(SecretKeySpec key, String canonical) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe: one per call
      mac.init(key);
      byte[] hash = mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, SIGNATURE_BYTES));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable in this JDK", e);
    }
  }
}
