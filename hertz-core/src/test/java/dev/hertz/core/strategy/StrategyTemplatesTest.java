package dev.hertz.core.strategy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyTemplatesTest {

    @TempDir
    Path dir;

    @Test
    void everyTemplateCompilesLoadsAndAnalyses() {
        StrategyFixture fx = new StrategyFixture(dir);
        for (StrategyTemplates.Template template : StrategyTemplates.Template.values()) {
            String name = "My" + template.name().charAt(0) + template.value().substring(1) + "Strategy";
            fx.strategyFile(name + ".java", StrategyTemplates.render(name, template));

            Strategy strategy = fx.load(name).strategy();

            assertThat(strategy.name()).isEqualTo(name);
            assertThat(strategy.timeframe()).isEqualTo("5m");
            assertThat(HyperParameters.detect(strategy)).hasSize(2);
            InstantSource now = InstantSource.fixed(Instant.ofEpochMilli(StrategyAnalyzerTest.T0).plusSeconds(200 * 300));
            assertThat(new StrategyAnalyzer(strategy, now).analyze("BTC/USDT", StrategyAnalyzerTest.candles(200)))
                    .as(template.value()).isPresent();
        }
    }

    @Test
    void templatesDifferInWhatTheyShow() {
        String minimal = StrategyTemplates.render("A", StrategyTemplates.Template.MINIMAL);
        String full = StrategyTemplates.render("A", StrategyTemplates.Template.FULL);
        String advanced = StrategyTemplates.render("A", StrategyTemplates.Template.ADVANCED);

        assertThat(minimal).contains("public class A extends Strategy").doesNotContain("tema", "plotConfig", "${");
        assertThat(full).contains("\"tema\"", "plotConfig()", "orderTypes = Map.of(").doesNotContain("customStoploss", "${");
        assertThat(advanced).contains("\"tema\"", "public double customStoploss(", "public boolean confirmTradeEntry(");
    }

    @Test
    void aNameThatIsNoJavaClassNameIsRefused() {
        assertThatThrownBy(() -> StrategyTemplates.render("9Lives", StrategyTemplates.Template.FULL))
                .hasMessageContaining("`9Lives` is not a valid Java class name");
        assertThatThrownBy(() -> StrategyTemplates.render("a.B", StrategyTemplates.Template.FULL))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StrategyTemplates.render("class", StrategyTemplates.Template.FULL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
