package org.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.testsupport.BrowserSteps.click;
import static org.parley.testsupport.BrowserSteps.idle;
import static org.parley.testsupport.BrowserSteps.pick;
import static org.parley.testsupport.BrowserSteps.text;
import static org.parley.testsupport.BrowserSteps.until;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.document.VersionStatus;

import java.util.function.Supplier;

/** An editor's steps in the workbench, in a real browser: answering the selected comment and publishing. */
public final class WorkbenchSteps {

    private WorkbenchSteps() {
    }

    /** Answers the comment selected in the workbench; {@code linkedParagraph} null links no paragraph. */
    public static void answer(WebDriver desk, String kind, String reason, String linkedParagraph) {
        if (!text(desk, "#disposition-kind").contains(kind)) { // chosen already (proposed on applying): keep it
            click(desk, "#disposition-kind");
            pick(desk, "vaadin-select-item", kind);
        }
        WebElement field = desk.findElement(By.cssSelector("#disposition-reason textarea"));
        field.clear();
        field.sendKeys(reason);
        if (linkedParagraph != null) {
            WebElement input = desk.findElement(By.cssSelector("#disposition-paragraphs input"));
            input.click();
            pick(desk, "vaadin-multi-select-combo-box-item", linkedParagraph);
            input.sendKeys(Keys.ESCAPE);
        }
        click(desk, "#disposition-save");
        idle(desk);
    }

    /** The numbers of the draft paragraphs the answer links now, as its chips show them ("2", "2,3"). */
    public static String linkedParagraphs(WebDriver desk) {
        return (String) ((JavascriptExecutor) desk).executeScript("return [...document.querySelectorAll("
                + "'#disposition-paragraphs vaadin-multi-select-combo-box-chip:not([slot=overflow])')]"
                + ".map(c => c.label).filter(l => l).join(',');");
    }

    /** Publishes the workbench's draft as a milestone, opening a round until the end of 2030 if asked. */
    public static void publish(WebDriver desk, Supplier<VersionStatus> draftStatus, String milestone,
                               boolean openNextRound) {
        click(desk, "#publish-draft");
        until(desk, "milestone field", ExpectedConditions.elementToBeClickable(
                By.cssSelector("#publish-milestone input"))).sendKeys(milestone);
        if (openNextRound) {
            click(desk, "#publish-open-round");
            until(desk, "closing date shown", ExpectedConditions.visibilityOfElementLocated(By.id("publish-closes")));
            ((JavascriptExecutor) desk).executeScript(
                    "document.getElementById('publish-closes').value = '2030-12-31';");
        }
        click(desk, "#publish-confirm");
        until(desk, "published, or refused", d -> draftStatus.get() != VersionStatus.DRAFT
                || !text(d, "#publish-error").isEmpty());
        assertThat(text(desk, "#publish-error")).isEmpty();
    }
}
