package dev.hertz.core.strategy;

import dev.hertz.core.config.LoadedConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static dev.hertz.core.strategy.StrategyListing.Status.DUPLICATE_NAME;
import static dev.hertz.core.strategy.StrategyListing.Status.LOAD_FAILED;
import static dev.hertz.core.strategy.StrategyListing.Status.OK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StrategyListingTest {

    @TempDir
    Path dir;

    @Test
    void listsUserStrategiesBuiltInsFailuresAndDuplicatesSortedByName() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile(StrategyTemplates.SAMPLE_FILE, StrategyTemplates.sampleStrategy());
        fx.strategyFile("Broken.java", "public class Broken extends Strategy {");
        fx.strategyFile("a/Twin.java", StrategyFixture.source("Twin", ""));
        fx.strategyFile("b/Twin.java", StrategyFixture.source("Twin", ""));
        fx.strategyFile("Ctor.java", StrategyFixture.source("Ctor",
                "    public Ctor() { throw new IllegalStateException(\"no way\"); }"));

        LoadedConfig loaded = fx.config(null, "{\"recursive_strategy_search\": true}");
        List<StrategyListing> rows = new StrategyResolver(dir).list(loaded.config());

        assertThat(rows).extracting(StrategyListing::name, StrategyListing::location, StrategyListing::status)
                .containsExactly(
                        tuple("", "Broken.java", LOAD_FAILED),
                        tuple("Ctor", "Ctor.java", LOAD_FAILED),
                        tuple("DemoStrategy", "<builtin>", OK),
                        tuple("SampleStrategy", "SampleStrategy.java", OK),
                        tuple("Twin", "a/Twin.java", DUPLICATE_NAME),
                        tuple("Twin", "b/Twin.java", DUPLICATE_NAME));
        assertThat(rows.get(0).problem()).hasValueSatisfying(p -> assertThat(p).contains("Broken.java:1: error:"));
        assertThat(rows.get(1).problem()).hasValueSatisfying(p -> assertThat(p).contains("no way"));
        StrategyListing sample = rows.get(3);
        assertThat(sample.hyperoptable()).isTrue();
        assertThat(sample.buyParameters()).isEqualTo(2);
        assertThat(sample.sellParameters()).isEqualTo(2);
        StrategyListing demo = rows.get(2);
        assertThat(List.of(demo.buyParameters(), demo.sellParameters())).containsExactly(1, 1);
    }

    @Test
    void withoutRecursionSubFoldersAreNotListed() {
        StrategyFixture fx = new StrategyFixture(dir);
        fx.strategyFile("sub/Deep.java", StrategyFixture.source("Deep", ""));
        List<StrategyListing> rows = new StrategyResolver(dir).list(fx.config(null).config());
        assertThat(rows).extracting(StrategyListing::name).containsExactly("DemoStrategy", "SampleStrategy");
    }

    @Test
    void loadsAndListsStrategiesFromAJar() throws IOException {
        StrategyFixture fx = new StrategyFixture(dir);
        Path classes = dir.resolve("classes");
        Path source = StrategyFixture.write(dir.resolve("src/pkg/Jarred.java"), "package pkg;\n"
                + StrategyFixture.source("Jarred", "    public Jarred() { timeframe = \"30m\"; stoploss = -0.07; }"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = String.join(File.pathSeparator,
                StrategySearch.hostClasspath().stream().map(Path::toString).toList());
        int exit = javac.run(null, null, null, "-d", classes.toString(), "-classpath", classpath, source.toString());
        assertThat(exit).isZero();
        jar(classes, fx.strategies.resolve("mine.jar"));

        Strategy loaded = fx.load("Jarred").strategy();
        assertThat(loaded.getClass().getName()).isEqualTo("pkg.Jarred");
        assertThat(loaded.timeframe()).isEqualTo("30m");
        assertThat(loaded.parameterFile()).contains(fx.strategies.resolve("Jarred.json"));
        assertThat(new StrategyResolver(dir).list(fx.config(null).config()))
                .extracting(StrategyListing::name, StrategyListing::location)
                .contains(tuple("Jarred", "mine.jar"));
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }
}
