package org.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * axe-core (from the npm registry, fetched by the build into target/) run in the page the browser shows: the
 * accessibility rules a screen reader or keyboard user would trip over, shadow DOM of Vaadin components included.
 */
public final class Axe {

    private static final String SCRIPT_PROPERTY = "parley.axe-core.script";
    private static String script;

    private Axe() {
    }

    /** Fails when axe reports a critical or serious violation on the page as it is now, naming rule and elements. */
    public static void assertNoSeriousViolations(WebDriver driver, String page) {
        assertThat(seriousViolations(driver)).as("critical or serious axe-core violations on %s", page).isEmpty();
    }

    /** Each critical or serious violation as "rule (impact): help — element: what to fix", one per element. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(script());
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                    .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                      + JSON.stringify(n.target) + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) found;
    }

    private static synchronized String script() {
        if (script == null) {
            String location = System.getProperty(SCRIPT_PROPERTY);
            if (location == null) {
                throw new IllegalStateException("axe-core not found: run the browser tests through Maven (failsafe),"
                        + " which fetches it and sets " + SCRIPT_PROPERTY);
            }
            try {
                script = Files.readString(Path.of(location));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
