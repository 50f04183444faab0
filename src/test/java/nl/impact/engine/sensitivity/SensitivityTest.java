package nl.impact.engine.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.impact.engine.Computation;
import nl.impact.engine.RunResult;
import nl.impact.testing.Cli;
import nl.impact.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tornado of a linear scenario, worked out by hand. Per year (two years, 10 % discount, so a
 * yearly amount x has net 2x and NPV x(1 + 1/1.1) = 1.909091x): benefits are clienten x (Wmo + Zvw),
 * clienten 80/100/150, Wmo 10/20/25 per client (gemeente), Zvw 50 (zorgverzekeraar); the coach costs
 * the gemeente 3000/2000/1000 a year. Expected: gemeente 100 x 20 - 2000 = 0, zorgverzekeraar 5000 a
 * year. Clienten at 80 and 150: gemeente -400 and +1000 a year, zorgverzekeraar 4000 and 7500;
 * Wmo at 10 and 25: gemeente -1000 and +500; the coach at 3000 and 1000: gemeente -1000 and +1000.
 */
class SensitivityTest {

    @TempDir
    Path dir;

    @Test
    void linearScenarioHasItsHandComputedTornado() throws Exception {
        Path out = Cli.runInto(Path.of("src/test/resources/sensitivity/linear.yaml"), dir.resolve("out"));
        List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertThat(rows).containsExactly(
                "parameter,label,financier,measure,value_at_min,value_at_max,result_at_min,result_expected,result_at_max,swing,"
                        + "varied_by",
                // gemeente: coach 2 x 2000, Wmo 2 x 1500, clienten 2 x 1400
                "begroting.lines.coach.amount,Coach - bedrag,gemeente,net,3000,1000,-2000.00,0.00,2000.00,4000.00,band",
                "kernaanpakken.k.effects[0].amounts.Wmo,Lineair - Besparing (Wmo),gemeente,net,10,25,-2000.00,0.00,1000.00,3000.00,band",
                "kernaanpakken.k.clienten,Lineair - clienten,gemeente,net,80,150,-800.00,0.00,2000.00,2800.00,band",
                "begroting.lines.coach.amount,Coach - bedrag,gemeente,npv,3000,1000,-1909.09,0.00,1909.09,3818.18,band",
                "kernaanpakken.k.effects[0].amounts.Wmo,Lineair - Besparing (Wmo),gemeente,npv,10,25,-1909.09,0.00,954.55,2863.64,band",
                "kernaanpakken.k.clienten,Lineair - clienten,gemeente,npv,80,150,-763.64,0.00,1909.09,2672.73,band",
                // zorgverzekeraar: only clienten moves it; ties in swing sort by path
                "kernaanpakken.k.clienten,Lineair - clienten,zorgverzekeraar,net,80,150,8000.00,10000.00,15000.00,7000.00,band",
                "begroting.lines.coach.amount,Coach - bedrag,zorgverzekeraar,net,3000,1000,10000.00,10000.00,10000.00,0.00,band",
                "kernaanpakken.k.effects[0].amounts.Wmo,Lineair - Besparing (Wmo),zorgverzekeraar,net,10,25,10000.00,10000.00,10000.00,0.00,band",
                "kernaanpakken.k.clienten,Lineair - clienten,zorgverzekeraar,npv,80,150,7636.36,9545.45,14318.18,6681.82,band",
                "begroting.lines.coach.amount,Coach - bedrag,zorgverzekeraar,npv,3000,1000,9545.45,9545.45,9545.45,0.00,band",
                "kernaanpakken.k.effects[0].amounts.Wmo,Lineair - Besparing (Wmo),zorgverzekeraar,npv,10,25,9545.45,9545.45,9545.45,0.00,band",
                // total: clienten 2 x (80 x 70 - 2000) and 2 x (150 x 70 - 2000)
                "kernaanpakken.k.clienten,Lineair - clienten,total,net,80,150,7200.00,10000.00,17000.00,9800.00,band",
                "begroting.lines.coach.amount,Coach - bedrag,total,net,3000,1000,8000.00,10000.00,12000.00,4000.00,band",
                "kernaanpakken.k.effects[0].amounts.Wmo,Lineair - Besparing (Wmo),total,net,10,25,8000.00,10000.00,11000.00,3000.00,band",
                "kernaanpakken.k.clienten,Lineair - clienten,total,npv,80,150,6872.73,9545.45,16227.27,9354.55,band",
                "begroting.lines.coach.amount,Coach - bedrag,total,npv,3000,1000,7636.36,9545.45,11454.55,3818.18,band",
                "kernaanpakken.k.effects[0].amounts.Wmo,Lineair - Besparing (Wmo),total,npv,10,25,7636.36,9545.45,10500.00,2863.64,band");
    }

    @Test
    void largestSwingsOfTheWholePlanGoToStdout() {
        Cli.Result result = Cli.run("run", "src/test/resources/sensitivity/linear.yaml", "--out",
                dir.resolve("out").toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        // By their labels, not their paths.
        assertThat(result.out()).containsPattern("\nLineair - clienten +7,200 +17,000 +9,800\n"
                + "Coach - bedrag +8,000 +12,000 +4,000\n"
                + "Lineair - Besparing \\(Wmo\\) +8,000 +11,000 +3,000\n");
    }

    /**
     * Many parameters are analysed a chunk of columns at a time ({@link Sensitivity#COLUMNS}):
     * 200 alike kernaanpakken give 600 banded parameters, 1,201 columns, five chunks. Each one's
     * clienten and Wmo swing the gemeente's net as in the linear scenario (2 x 70 x 20 = 2800, and
     * 2 x 100 x 15 = 3000) around the expected 200 x 2 x 100 x 20; its Zvw does not move it.
     */
    @Test
    void manyParametersSwingAsOneDoes() throws Exception {
        int copies = 200;
        RunResult result = Computation.of(Scenarios.write(dir, "veel.yaml", Scenarios.copies(copies, 2026)));
        List<Sensitivity.Swing> gemeente = Sensitivity.of(result, Sensitivity.Range.NONE).largest("gemeente",
                Sensitivity.Measure.NET);
        assertThat(gemeente).hasSize(3 * copies);
        assertThat(2 * gemeente.size() + 1).as("columns").isGreaterThan(4 * Sensitivity.COLUMNS);
        double expected = copies * 2 * 100 * 20;
        for (int k = 0; k < copies; k++) {
            Sensitivity.Swing clienten = swingOf(gemeente, "kernaanpakken.k" + k + ".clienten");
            assertThat(clienten.expected()).isEqualTo(expected);
            assertThat(clienten.atMin()).isEqualTo(expected - 2 * 20 * 20);
            assertThat(clienten.atMax()).isEqualTo(expected + 2 * 50 * 20);
            Sensitivity.Swing wmo = swingOf(gemeente, "kernaanpakken.k" + k + ".effects[0].amounts.Wmo");
            assertThat(wmo.atMin()).isEqualTo(expected - 2 * 100 * 10);
            assertThat(wmo.atMax()).isEqualTo(expected + 2 * 100 * 5);
            Sensitivity.Swing zvw = swingOf(gemeente, "kernaanpakken.k" + k + ".effects[0].amounts.Zvw");
            assertThat(zvw.swing()).isZero();
        }
    }

    private static Sensitivity.Swing swingOf(List<Sensitivity.Swing> swings, String path) {
        return swings.stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow();
    }
}
