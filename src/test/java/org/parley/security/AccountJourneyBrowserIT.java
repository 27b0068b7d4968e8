package org.parley.security;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.organisation.Person;
import org.parley.testsupport.BrowserSteps;
import org.parley.testsupport.HeadlessChromium;
import org.parley.testsupport.TestData;
import org.parley.testsupport.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.click;
import static org.parley.testsupport.BrowserSteps.screenshot;
import static org.parley.testsupport.BrowserSteps.until;

/**
 * How a person gets an account, in a real browser: an admin invites them on the People screen, the invitation
 * e-mail's link lets them choose a password, the sign-in form keeps their address after a wrong password, and the
 * right one signs them in; the spent link then says it no longer works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "spring.mail.host=127.0.0.1", "spring.mail.port=3402",
                "parley.base-url=https://parley.example"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class AccountJourneyBrowserIT {

    private static final Pattern TOKEN = Pattern.compile("/account/password\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "a-password-of-my-own";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3402, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @LocalServerPort
    int port;
    @Autowired
    TestData data;

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        data.reset();
        driver = HeadlessChromium.start(1400, 900, "--lang=en-GB");
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void an_invited_person_chooses_a_password_through_the_e_mailed_link_and_signs_in() throws Exception {
        Person admin = data.person(GlobalRole.ADMIN);
        driver.get(url("/login"));
        // the first page of a fresh application context can take long on a loaded machine
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        BrowserSteps.signIn(driver, url(""), admin);
        driver.get(url("/admin/people"));
        type("#invite-email input", "leila@tunis.example");
        type("#invite-name input", "Leila Ben Salah");
        click(driver, "#invite-person");
        until(driver, "the invitation listed", d -> BrowserSteps.pageText(d).contains("leila@tunis.example"));
        click(driver, "#logout-button");
        until(driver, "signed out", ExpectedConditions.presenceOfElementLocated(By.id("login-link")));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("the invitation e-mail").isTrue();
        MimeMessage invitation = smtp.getReceivedMessages()[0];
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("leila@tunis.example");
        Matcher link = TOKEN.matcher((String) invitation.getContent());
        assertThat(link.find()).isTrue();
        String setPassword = url("/account/password?token=" + link.group(1));

        driver.get(setPassword);
        until(driver, "the invitation page", ExpectedConditions.textToBePresentInElementLocated(
                By.id("set-password-intro"), "leila@tunis.example"));
        type("#new-password input", PASSWORD);
        type("#repeat-password input", PASSWORD);
        click(driver, "#save-password");
        until(driver, "sent on to sign in", ExpectedConditions.presenceOfElementLocated(By.id("password-set-note")));
        until(driver, "the address filled in", d -> "leila@tunis.example".equals(usernameValue()));
        screenshot(driver, "account-password-set.png");

        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("not-my-password");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        until(driver, "the wrong password refused", d -> d.getCurrentUrl().contains("error"));
        until(driver, "the address kept after a wrong password", d -> "leila@tunis.example".equals(usernameValue()));
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        until(driver, "signed in", ExpectedConditions.presenceOfElementLocated(By.id("logout-button")));
        assertThat(BrowserSteps.text(driver, ".user-name")).isEqualTo("Leila Ben Salah");

        driver.get(setPassword);
        until(driver, "the spent link refused", d -> BrowserSteps.pageText(d).contains("This link no longer works"));
    }

    private void type(String css, String text) {
        until(driver, css, ExpectedConditions.elementToBeClickable(By.cssSelector(css))).sendKeys(text);
    }

    private String usernameValue() {
        return driver.findElement(By.cssSelector("vaadin-login-form input[name='username']")).getAttribute("value");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
