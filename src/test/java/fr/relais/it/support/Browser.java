package fr.relais.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian {@code chromium} and {@code chromium-driver}) driven by Selenium, with
 * an axe-core accessibility check: the harness every screen's browser test uses. A page fails the
 * check on any violation of impact serious or critical (WCAG 2.1 A and AA rules).
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  public static Browser start() {
    File chromedriver = new File("/usr/bin/chromedriver");
    if (!chromedriver.canExecute()) {
      throw new IllegalStateException(
          "chromium-driver is not installed (apt-get install -y chromium chromium-driver)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--window-size=1280,1000",
        "--lang=fr-FR");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Signs in through the local staff provider as {@code username}, landing on the home page. */
  public void signInAsStaff(String username) {
    open(Ports.base() + "/");
    click("#login-staff");
    awaitUrl(Ports.staffIssuer());
    type("input[name=username]", username);
    click("input[type=submit]");
    awaitUrl(Ports.base() + "/app/home.xhtml");
  }

  /**
   * Opens an access link handed to a person and signs in through the local provider as {@code
   * username}, landing on her own file.
   */
  public void redeemAccessLink(String link, String username) {
    open(link);
    click("#access-staff");
    awaitUrl(Ports.staffIssuer());
    type("input[name=username]", username);
    click("input[type=submit]");
    awaitUrl(Ports.base() + "/app/my-file.xhtml");
  }

  public void open(String url) {
    driver.get(url);
  }

  public WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  public void click(String css) {
    WebElement e =
        new WebDriverWait(driver, Duration.ofSeconds(30))
            .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
    // In the middle of the window: an element at its very edge may take the click elsewhere.
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  public void type(String css, String text) {
    WebElement e = find(css);
    e.clear();
    e.sendKeys(text);
  }

  /** Waits until the current URL starts with {@code prefix}. */
  public void awaitUrl(String prefix) {
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> d.getCurrentUrl() != null && d.getCurrentUrl().startsWith(prefix));
  }

  /**
   * Waits until the element shows {@code text}. The page may be replaced while it is read (a form
   * posts and the next page loads): such a read is retried, not taken as a failure.
   */
  public void awaitText(String css, String text) {
    try {
      awaitTextOrTimeout(css, text);
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("timeout-" + css.replaceAll("[^A-Za-z0-9]+", "_"));
      String shown;
      try {
        shown = driver.findElement(By.tagName("main")).getText();
      } catch (WebDriverException none) {
        shown = driver.getPageSource();
      }
      throw new AssertionError(
          "\""
              + text
              + "\" never appeared in "
              + css
              + " at "
              + driver.getCurrentUrl()
              + "; the page shows:\n"
              + shown.substring(0, Math.min(shown.length(), 3000)),
          e);
    }
  }

  private void awaitTextOrTimeout(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(
            d -> {
              try {
                return d.findElement(By.cssSelector(css)).getText().contains(text);
              } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                  return false;
                }
                throw e;
              }
            });
  }

  /**
   * The page's title, once it has one: a navigation that Chromium reports done can still show the
   * blank document's empty title for a moment (seen on the first page of a fresh browser).
   */
  public String title() {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(10))
          .until(d -> d.getTitle().isEmpty() ? null : d.getTitle());
    } catch (org.openqa.selenium.TimeoutException e) {
      return driver.getTitle();
    }
  }

  /**
   * Runs axe-core on the current page and fails on any serious or critical violation; keeps a
   * screenshot under target/screenshots for the record.
   */
  public void assertAccessible(String pageName) {
    screenshot(pageName);
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    if (!blocking.isEmpty()) {
      fail(
          "Accessibility violations on "
              + pageName
              + " ("
              + driver.getCurrentUrl()
              + "):\n"
              + blocking.stream()
                  .map(
                      r ->
                          "- "
                              + r.getId()
                              + " ["
                              + r.getImpact()
                              + "] "
                              + r.getHelp()
                              + " at "
                              + r.getNodes().stream()
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  public void screenshot(String name) {
    try {
      Path dir = Path.of(System.getProperty("relais.test.screenshots", "target/screenshots"));
      Files.createDirectories(dir);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      String db = System.getProperty("relais.test.db", "h2");
      Files.copy(
          shot.toPath(),
          dir.resolve(db + "-" + name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      System.err.println("screenshot " + name + " not saved: " + e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
