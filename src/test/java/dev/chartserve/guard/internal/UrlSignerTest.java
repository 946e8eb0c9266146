package dev.chartserve.guard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UrlSignerTest {
  private static final String OLD = "old-secret-0123456789";
  private static final String NEW = "new-secret-9876543210";

  private final UrlSigner signer = new UrlSigner(List.of(NEW, OLD));

  @Test
  void aSignedUrlVerifies() {
    Map<String, List<String>> params = Map.of("width", List.of("640"), "team", List.of("X & Y"));
    String sig = signer.sign("seed-hist", "png", params);
    assertEquals(22, sig.length());
    assertTrue(signer.verify("seed-hist", "png", params, sig));
  }

  @Test
  void changingTheChartOrAnyParameterBreaksTheSignature() {
    Map<String, List<String>> params = Map.of("width", List.of("640"));
    String sig = signer.sign("seed-hist", "png", params);
    assertFalse(signer.verify("seed-bar", "png", params, sig));
    assertFalse(signer.verify("seed-hist", "png", Map.of("width", List.of("641")), sig));
    assertFalse(signer.verify("seed-hist", "png", Map.of("width", List.of("640"), "scale", List.of("2")), sig));
    assertFalse(signer.verify("seed-hist", "png", Map.of(), sig));
    assertFalse(signer.verify("seed-hist", "png", params, null));
    assertFalse(signer.verify("seed-hist", "png", params, sig.substring(1) + "A"));
  }

  @Test
  void aSignatureOpensOneFormatOnly() {
    Map<String, List<String>> params = Map.of("width", List.of("640"));
    String png = signer.sign("seed-hist", "png", params);
    assertFalse(signer.verify("seed-hist", "svg", params, png));
    assertFalse(signer.verify("seed-hist", "pdf", params, png));
    assertTrue(signer.verify("seed-hist", "svg", params, signer.sign("seed-hist", "svg", params)));
    // "seed.hist" + "png" and "seed" + "hist.png" must not be the same text.
    assertFalse(signer.verify("seed", "hist.png", Map.of(), signer.sign("seed.hist", "png", Map.of())));
  }

  @Test
  void parameterOrderAndTheSigParameterItselfDoNotMatter() {
    Map<String, List<String>> one = new LinkedHashMap<>();
    one.put("width", List.of("640"));
    one.put("height", List.of("480"));
    Map<String, List<String>> other = new LinkedHashMap<>();
    other.put("height", List.of("480"));
    other.put("width", List.of("640"));
    String sig = signer.sign("seed-hist", "png", one);
    other.put("sig", List.of(sig));
    assertTrue(signer.verify("seed-hist", "png", other, sig));
  }

  @Test
  void theOldKeyStillVerifiesDuringRotationAndTheNewOneSigns() {
    Map<String, List<String>> params = Map.of("width", List.of("640"));
    String byOld = new UrlSigner(List.of(OLD)).sign("seed-hist", "png", params);
    assertTrue(signer.verify("seed-hist", "png", params, byOld));
    assertEquals(new UrlSigner(List.of(NEW)).sign("seed-hist", "png", params), signer.sign("seed-hist", "png", params));
    assertFalse(new UrlSigner(List.of(NEW)).verify("seed-hist", "png", params, byOld));
  }

  @Test
  void separatorsInValuesCannotForgeOtherParameters() {
    String sig = signer.sign("c", "png", Map.of("a", List.of("1&b=2")));
    assertFalse(signer.verify("c", "png", Map.of("a", List.of("1"), "b", List.of("2")), sig));
    assertEquals("c/png?a=1%26b%3D2", UrlSigner.canonical("c", "png", Map.of("a", List.of("1&b=2"))));
    assertEquals("%C3%BCber%20%2F", UrlSigner.encode("über /"));
  }

  @Test
  void aShortKeyIsRefusedWithoutShowingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new UrlSigner(List.of(NEW, "hunter2")));
    assertEquals("signing key 2 of 2 has 7 characters; at least 16 are needed", e.getMessage());
  }
}
