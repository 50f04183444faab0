package nl.impact.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A drawing thread that dies with its task unfinished (out of memory while the pool recorded a
 * failure) must not leave the simulation waiting for ever: the wait rethrows what killed it.
 */
class DrawingThreadDeathTest {

    @Test
    void aTaskThatIsDoneGivesItsResult() throws Exception {
        assertThat(Simulation.await(CompletableFuture.completedFuture("blokken"), new Simulation.Deaths()))
                .isEqualTo("blokken");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aThreadThatDiedEndsTheWaitWithWhatKilledIt() throws Exception {
        Simulation.Deaths deaths = new Simulation.Deaths();
        Thread dying = new Thread(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, "impact-simulation");
        dying.setUncaughtExceptionHandler(deaths);
        dying.start();
        dying.join();
        // A task the dead thread had taken: never done.
        CompletableFuture<String> unfinished = new CompletableFuture<>();
        assertThatThrownBy(() -> Simulation.await(unfinished, deaths))
                .isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    }
}
