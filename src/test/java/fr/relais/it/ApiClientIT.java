package fr.relais.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.relais.it.support.Logins;
import fr.relais.it.support.OpenApi;
import fr.relais.it.support.People;
import fr.relais.it.support.Ports;
import fr.relais.it.support.Structures;
import fr.relais.it.support.WebClient;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A client generated from the contract the server serves works against it (S71): openapi-generator
 * writes a Java client (java.net.http and Jackson) from {@code /openapi} into {@code
 * target/api-client}, the test compiles it and calls read operations through it with a member's
 * session, each answer read into the generated models. A document that named an operation, a
 * parameter or a shape wrongly would fail here.
 */
class ApiClientIT extends RelaisIT {

  private static final Path DIR = Path.of("target", "api-client");
  private static URLClassLoader generated;

  @BeforeAll
  static void generateAndCompile() throws Exception {
    Path spec = DIR.resolve("openapi.json");
    Path sources = DIR.resolve("generated");
    Path classes = DIR.resolve("classes");
    deleteRecursively(DIR);
    Files.createDirectories(classes);
    Files.writeString(spec, OpenApi.document(), StandardCharsets.UTF_8);

    CodegenConfigurator configurator =
        new CodegenConfigurator()
            .setGeneratorName("java")
            .setLibrary("native")
            .setInputSpec(spec.toAbsolutePath().toString())
            .setOutputDir(sources.toAbsolutePath().toString())
            .setInvokerPackage("fr.relais.client")
            .setApiPackage("fr.relais.client.api")
            .setModelPackage("fr.relais.client.model")
            .addAdditionalProperty("useJakartaEe", true)
            .addAdditionalProperty("openApiNullable", false)
            .addAdditionalProperty("annotationLibrary", "none")
            .addAdditionalProperty(CodegenConstants.HIDE_GENERATION_TIMESTAMP, true);
    ClientOptInput input = configurator.toClientOptInput();
    DefaultGenerator generator = new DefaultGenerator();
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
    generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
    List<File> files = generator.opts(input).generate();
    assertFalse(files.isEmpty(), "the generator wrote the client");

    List<File> java;
    try (Stream<Path> walk = Files.walk(sources.resolve("src/main/java"))) {
      java = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
      List<String> options =
          List.of(
              "-d",
              classes.toString(),
              "-classpath",
              System.getProperty("java.class.path"),
              "-proc:none",
              "-nowarn",
              "-encoding",
              "UTF-8");
      boolean compiled =
          compiler
              .getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(java))
              .call();
      assertTrue(compiled, "the generated client compiles: " + diagnostics.getDiagnostics());
    }
    generated =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, ApiClientIT.class.getClassLoader());
  }

  @AfterAll
  static void close() throws Exception {
    if (generated != null) {
      generated.close();
    }
  }

  @Test
  void aWorkerReadsThroughTheGeneratedClient() throws Exception {
    WebClient web = Logins.signedIn("ts1.ccas");
    String session = web.cookie("localhost:" + Ports.http(), "JSESSIONID").orElseThrow();
    Object client = client(b -> b.header("Cookie", "JSESSIONID=" + session));

    Object me = call(client, "getMe");
    assertEquals("SOCIAL_WORKER", String.valueOf(get(me, "getRole")));
    assertEquals(Structures.CCAS, get(me, "getStructureId"));

    String personId = People.onCaseload(web);
    Object caseload = call(client, "listCaseload", Structures.CCAS, null, 50, null);
    List<?> people = (List<?>) get(caseload, "getItems");
    assertFalse(people.isEmpty(), "her caseload");

    Object person = call(client, "getPerson", personId);
    assertEquals(personId, get(person, "getId"));

    Object notes = call(client, "listNotes", personId, null, 10);
    assertNotNull(get(notes, "getItems"));

    List<?> types = (List<?>) call(client, "listDocumentTypes");
    assertFalse(types.isEmpty(), "the document types");
  }

  @Test
  void aRefusalReachesTheClientAsItsStatus() throws Exception {
    Object anonymous = client(b -> {});
    Exception refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class, () -> call(anonymous, "getMe"));
    assertEquals("fr.relais.client.ApiException", refused.getClass().getName());
    assertEquals(401, refused.getClass().getMethod("getCode").invoke(refused));
  }

  /** The generated {@code ApiClient}, pointed at the server, each request completed by headers. */
  private static Object client(Consumer<HttpRequest.Builder> headers) throws Exception {
    Class<?> type = generated.loadClass("fr.relais.client.ApiClient");
    Object client = type.getConstructor().newInstance();
    type.getMethod("updateBaseUri", String.class).invoke(client, Ports.base());
    type.getMethod("setRequestInterceptor", Consumer.class).invoke(client, headers);
    return client;
  }

  /**
   * Calls the operation of that {@code operationId}, whichever generated API class (one per tag)
   * holds it; not its variant that takes extra headers.
   */
  private static Object call(Object client, String operationId, Object... args) throws Exception {
    try (Stream<Path> walk = Files.list(DIR.resolve("classes/fr/relais/client/api"))) {
      for (Path file : walk.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith("Api.class")) {
          continue;
        }
        Class<?> api =
            generated.loadClass("fr.relais.client.api." + name.substring(0, name.length() - 6));
        for (Method m : api.getMethods()) {
          if (m.getName().equals(operationId)
              && m.getParameterCount() == args.length
              && Arrays.stream(m.getParameterTypes()).noneMatch(java.util.Map.class::equals)) {
            Object instance = api.getConstructor(client.getClass()).newInstance(client);
            try {
              return m.invoke(instance, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw (Exception) e.getCause();
            }
          }
        }
      }
    }
    throw new AssertionError(
        "no generated operation " + operationId + " taking " + Arrays.toString(args));
  }

  private static Object get(Object model, String getter) throws Exception {
    return model.getClass().getMethod(getter).invoke(model);
  }

  private static void deleteRecursively(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.forEach(all::add);
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      Files.delete(all.get(i));
    }
  }
}
