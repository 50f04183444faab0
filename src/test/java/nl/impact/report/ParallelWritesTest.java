package nl.impact.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelWritesTest {

    /** The writer run aside: it writes its file only after the others have run. */
    static final class Slow implements OutputWriter {
        final CountDownLatch othersDone = new CountDownLatch(1);

        @Override
        public void write(RunOutputs outputs, Path directory) throws IOException {
            try {
                othersDone.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            Files.writeString(directory.resolve("slow.txt"), "slow");
        }
    }

    static final class Failing implements OutputWriter {
        @Override
        public void write(RunOutputs outputs, Path directory) throws IOException {
            throw new IOException("disk full");
        }
    }

    @Test
    void everyWriterHasWrittenWhenTheCallReturns(@TempDir Path dir) throws IOException {
        Slow slow = new Slow();
        OutputWriter fast = (result, directory) -> {
            Files.writeString(directory.resolve("fast.txt"), "fast");
            slow.othersDone.countDown();
        };
        ParallelWrites.run(List.of(fast, slow), Slow.class, null, dir);
        assertEquals("slow", Files.readString(dir.resolve("slow.txt")));
        assertEquals("fast", Files.readString(dir.resolve("fast.txt")));
    }

    @Test
    void aFailureOfTheOthersWaitsForTheAsideWriterAndIsRethrown(@TempDir Path dir) {
        Slow slow = new Slow();
        OutputWriter failing = (result, directory) -> {
            slow.othersDone.countDown();
            throw new IOException("disk full");
        };
        IOException e = assertThrows(IOException.class, () -> ParallelWrites.run(List.of(slow, failing), Slow.class,
                null, dir));
        assertEquals("disk full", e.getMessage());
        // The aside writer finished before the call returned, so nothing writes into a removed directory.
        assertEquals(true, Files.exists(dir.resolve("slow.txt")));
    }

    @Test
    void aFailureOfTheAsideWriterIsRethrown(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> ParallelWrites.run(List.of(new Failing(),
                (result, directory) -> Files.writeString(directory.resolve("ok.txt"), "ok")), Failing.class, null, dir));
        assertEquals("disk full", e.getMessage());
    }

    /** Out of memory, the JVM may throw one preallocated error in both threads. */
    static final OutOfMemoryError SHARED = new OutOfMemoryError("Java heap space");

    static final class OutOfMemory implements OutputWriter {
        @Override
        public void write(RunOutputs outputs, Path directory) {
            throw SHARED;
        }
    }

    @Test
    void theSameErrorInBothThreadsIsRethrownAsItIs(@TempDir Path dir) {
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> ParallelWrites.run(List.of(new OutOfMemory(),
                (result, directory) -> {
                    throw SHARED;
                }), OutOfMemory.class, null, dir));
        assertEquals(SHARED, e);
    }
}
