/**
 * Testing an application's own charts.
 *
 * <ul>
 *   <li>In-process, for thread safety: {@link dev.chartserve.testing.ConcurrencyHarness} draws
 *       {@link dev.chartserve.testing.ChartCase}s from many threads and compares every image with the
 *       serial one; {@link dev.chartserve.testing.ChartConcurrencyTest} runs it as a JUnit 5 test
 *       (needs {@code junit-jupiter-api}).</li>
 *   <li>In the container, with Arquillian: {@link dev.chartserve.testing.ChartServeArchive} adds
 *       ChartServe to the application's ShrinkWrap {@code WebArchive} for Tomcat or WildFly (needs
 *       ShrinkWrap and its Maven resolver on the test class path; ChartServe does not bring them);
 *       {@link dev.chartserve.testing.ChartClient} fetches charts from the deployed archive, signed
 *       when a key is set, and decodes them; {@link dev.chartserve.testing.HttpConcurrencyHarness} is
 *       the same byte-for-byte test over HTTP, through the server's threads, ChartServe's filter,
 *       JAX-RS and CDI.</li>
 * </ul>
 *
 * <p><b>Public API</b>: every public type here. <b>Thread safety</b>: {@code ChartCase},
 * {@code HarnessReport}, {@code HttpHarnessReport}, {@code ChartResponse} and {@code ChartClient} are
 * immutable; a harness or a {@code ChartServeArchive} is configured and used from one thread (a harness
 * starts the others). These classes are in the plugin jar but are loaded only by tests: the libraries
 * they use are optional dependencies, never on a production class path.
 */
package dev.chartserve.testing;
