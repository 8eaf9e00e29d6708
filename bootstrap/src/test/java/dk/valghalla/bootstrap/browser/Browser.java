package dk.valghalla.bootstrap.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Headless Debian Chromium driven by its ChromeDriver. Both must be installed ({@code apt-get install chromium
 * chromium-driver}; .ci/run does it); the test fails loudly otherwise rather than skipping.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

    final WebDriver driver;
    /** Where downloads land (without asking). */
    final Path downloads;
    private final Path profile;

    Browser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver");
        }
        profile = Files.createTempDirectory("valghalla-chromium");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=da-DK", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Headless Chromium follows the prefs only sometimes; the DevTools command makes downloads land there always.
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        driver = chrome;
    }

    /** The one finished download whose name ends so, once it is there (Chromium writes *.crdownload first). */
    Path download(String suffix) {
        Path[] found = new Path[1];
        waitUntil(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
                found[0] = done.size() == 1 && Files.size(done.get(0)) > 0 ? done.get(0) : null;
                return found[0] != null;
            } catch (IOException e) {
                return false;
            }
        }, "a downloaded *" + suffix + " in " + downloads);
        return found[0];
    }

    WebElement byTestId(String id) {
        return waitFor(By.cssSelector("[data-testid='" + id + "']"));
    }

    List<WebElement> allByTestId(String id) {
        return driver.findElements(By.cssSelector("[data-testid='" + id + "']"));
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Retries while the condition reads elements that the SPA is re-rendering (stale) or has not rendered yet. */
    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, String description) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(description)
                .ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /**
     * Clicks as soon as nothing covers the element: an expanding panel or a closing overlay may still lie over it for
     * a moment after it became visible.
     */
    void click(WebElement element) {
        waitUntil(d -> {
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException e) {
                return false;
            }
        }, "clickable: " + element);
    }

    /**
     * Clears a field and types into it until the SPA shows exactly the text: keys sent while a dialog is still opening
     * can be lost.
     */
    void type(String testId, String text) {
        waitUntil(d -> d.findElements(By.cssSelector("mat-dialog-container.mdc-dialog--opening")).isEmpty(),
                "dialogs opened");
        waitUntil(d -> {
            WebElement field = byTestId(testId);
            field.clear();
            field.sendKeys(text);
            return text.equals(field.getAttribute("value"));
        }, testId + " holds " + text);
    }

    /** Waits until a Material dialog has finished opening (focus and animations settled). */
    void waitForOpenDialog() {
        waitFor(By.cssSelector("mat-dialog-container.mdc-dialog--open"));
    }

    /**
     * Picks options of the Angular Material select with this test id and waits until its panel is gone. A single
     * select closes by itself on the pick; only a multiple select is closed with Escape, because an Escape that arrives
     * after a single select's panel has gone would close the dialog around it instead.
     */
    void choose(String selectTestId, String... options) {
        WebElement select = byTestId(selectTestId);
        boolean multiple = String.valueOf(select.getAttribute("class")).contains("mat-mdc-select-multiple");
        click(select);
        for (String option : options) {
            click(waitFor(By.xpath("//mat-option[contains(normalize-space(.), '" + option + "')]")));
        }
        if (multiple) {
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        }
        waitUntil(d -> d.findElements(By.cssSelector("mat-option")).isEmpty(), "options of " + selectTestId + " closed");
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            // a screenshot is a debugging aid only
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp directory
        }
    }
}
