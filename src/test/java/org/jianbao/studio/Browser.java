package org.jianbao.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through its own chromedriver (Selenium Manager never
 * downloads anything: the driver is given). The tests are skipped, saying so, when chromium is
 * not installed; CI installs it.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("jianbao.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("jianbao.chromedriver", "/usr/bin/chromedriver"));
    static final Path SHOTS = Path.of("target", "studio-screenshots");

    /** Selenium warns on every start that it has no DevTools bindings for this chromium; the tests use none. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP.setLevel(java.util.logging.Level.SEVERE);
    }

    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;

    private Browser(ChromeDriver driver, Path downloads, Path profile) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
    }

    static Browser start(Path scratch) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "skipped: " + CHROMIUM + " is not installed"
                + " (apt-get install chromium chromium-driver; .ci/run does this)");
        if (!Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException(CHROMIUM + " is installed but " + CHROMEDRIVER + " is not;"
                    + " install chromium-driver");
        }
        Path downloads = Files.createDirectories(scratch.resolve("downloads"));
        Path profile = Files.createTempDirectory("jianbao-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-features=Translate,MediaRouter,OptimizationHints", "--user-data-dir=" + profile,
                "--window-size=1440,1000", "--lang=zh-CN", "--force-device-scale-factor=1");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new Browser(driver, downloads, profile);
    }

    /** Waits for {@code condition}; on a timeout the page is kept as {@code timeout-N.png} beside the screenshots. */
    <T> T until(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                shot("timeout-" + System.currentTimeMillis());
            } catch (RuntimeException | IOException ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    WebElement find(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The button (or link) whose text is {@code text}, inside {@code within} (CSS). */
    WebElement button(String within, String text) {
        return until(d -> d.findElements(By.cssSelector(within + " button, " + within + " a.button, " + within + " label.button"))
                .stream().filter(e -> e.getText().trim().equals(text) && e.isDisplayed()).findFirst().orElse(null));
    }

    /**
     * The console messages of the page that show a fault: a script error, or anything the
     * Content-Security-Policy refused.
     */
    List<String> faults() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to") || m.contains("Uncaught"))
                .toList();
    }

    /** Clicks an element after scrolling it to the middle of the window (the top bar stays over the top). */
    void click(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'});", e);
        e.click();
    }

    /** Waits until every save is done (the top bar says 已保存). */
    void saved() {
        until(d -> "saved".equals(d.findElement(By.id("save-state")).getAttribute("data-state")));
    }

    /** Saves a screenshot of the whole window as target/studio-screenshots/NAME.png. */
    Path shot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Path f = SHOTS.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), f, StandardCopyOption.REPLACE_EXISTING);
        return f;
    }

    @Override
    public void close() {
        driver.quit();
        StudioFixture.deleteQuietly(profile);
    }
}
