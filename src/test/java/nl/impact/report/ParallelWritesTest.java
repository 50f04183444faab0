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

    /** A long writer: it writes its file only after another has run, so it can finish only if that runs beside it. */
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
        ParallelWrites.run(List.of(slow, fast), null, dir);
        assertEquals("slow", Files.readString(dir.resolve("slow.txt")));
        assertEquals("fast", Files.readString(dir.resolve("fast.txt")));
    }

    @Test
    void aFailureWaitsForTheWriterBesideAndIsRethrown(@TempDir Path dir) {
        Slow slow = new Slow();
        OutputWriter failing = (result, directory) -> {
            slow.othersDone.countDown();
            throw new IOException("disk full");
        };
        IOException e = assertThrows(IOException.class, () -> ParallelWrites.run(List.of(slow, failing), null, dir));
        assertEquals("disk full", e.getMessage());
        // The writer beside finished before the call returned, so nothing writes into a removed directory.
        assertEquals(true, Files.exists(dir.resolve("slow.txt")));
    }

    @Test
    void aFailureOfEitherThreadIsRethrown(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> ParallelWrites.run(List.of(new Failing(),
                (result, directory) -> Files.writeString(directory.resolve("ok.txt"), "ok")), null, dir));
        assertEquals("disk full", e.getMessage());
        IOException second = assertThrows(IOException.class, () -> ParallelWrites.run(List.of(
                (result, directory) -> Files.writeString(directory.resolve("ok.txt"), "ok"), new Failing()), null, dir));
        assertEquals("disk full", second.getMessage());
    }

    @Test
    void theFailureOfTheEarliestWriterIsRethrownWhenBothFail(@TempDir Path dir) {
        CountDownLatch bothStarted = new CountDownLatch(2);
        OutputWriter first = (result, directory) -> {
            await(bothStarted);
            throw new IOException("first");
        };
        OutputWriter second = (result, directory) -> {
            await(bothStarted);
            throw new IOException("second");
        };
        IOException e = assertThrows(IOException.class, () -> ParallelWrites.run(List.of(first, second), null, dir));
        assertEquals("first", e.getMessage());
        assertEquals("second", e.getSuppressed()[0].getMessage());
    }

    @Test
    void everyWriterRunsOnce(@TempDir Path dir) throws IOException {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        List<OutputWriter> writers = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            writers.add((result, directory) -> {
                runs.incrementAndGet();
                Files.writeString(directory.resolve(n + ".txt"), Integer.toString(n),
                        java.nio.file.StandardOpenOption.CREATE_NEW);
            });
        }
        ParallelWrites.run(writers, null, dir);
        assertEquals(20, runs.get());
        for (int i = 0; i < 20; i++) {
            assertEquals(Integer.toString(i), Files.readString(dir.resolve(i + ".txt")));
        }
    }

    private static void await(CountDownLatch latch) throws IOException {
        latch.countDown();
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
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
                }), null, dir));
        assertEquals(SHARED, e);
    }
}
