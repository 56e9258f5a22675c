package org.factorstudio.data.internal;

import static org.factorstudio.data.TestData.assertSingleError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.factorstudio.data.ImportMonitor;
import org.factorstudio.data.ImportProblemCodes;
import org.factorstudio.data.ImportResult;
import org.factorstudio.data.ImportSpec;
import org.factorstudio.data.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that goes away while it is read. On Linux a deleted file stays readable through an open handle,
 * so the failure is simulated with a {@link ByteSource} whose streams and channels fail after a number of
 * bytes, as a vanished network share or a removed USB stick would; and with a file deleted between the
 * checks and the opening.
 */
class ReadFailureTest {

    /** A 3 MB file, so that the failure comes after the 1 MB sniffing window. */
    static Path bigFile(Path dir) throws IOException {
        Path file = dir.resolve("export.csv");
        StringBuilder b = new StringBuilder("respondent_id;q1;q2;q3\n");
        for (int i = 1; i <= 300_000; i++) {
            b.append(i).append(";1;2;3\n");
        }
        Files.writeString(file, b);
        assertTrue(Files.size(file) > 3_000_000);
        return file;
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void readFailsPartWay(boolean fast, @TempDir Path dir) throws IOException {
        Path file = bigFile(dir);
        CsvImporter importer = new CsvImporter(p -> new FailingSource(p, 2_000_000), Limits.DEFAULT, 2, fast);
        ImportResult r = importer.read(ImportSpec.of(file, TestData.q123()).withIdColumn("respondent_id"),
                ImportMonitor.NONE);
        assertSingleError(r, ImportProblemCodes.READ_FAILED, "Reading export.csv failed", "simulated I/O error",
                "Expected the file to stay readable during the import");
        TestData.assertMessageHas(r.errors().get(0), "at line ");
    }

    @Test
    void aReadFailureInALaterPartOfTheFastPathSendsTheFileTheGeneralWay(@TempDir Path dir) throws IOException {
        // three parts of about 1.2 MB failing at byte 3,000,000: the third part, which does not know the line it
        // starts on, gives up
        Path file = bigFile(dir);
        assertTrue(Files.size(file) > 3_600_000);
        String reason = readWithChannelsFailingAt(file, 3_000_000);
        assertTrue(reason.startsWith("reading part 3 failed"), reason);
        assertTrue(reason.contains("simulated I/O error"), reason);
    }

    @Test
    void aReadFailureWhereAPartBeginsSendsTheFileTheGeneralWay(@TempDir Path dir) throws IOException {
        // failing just before where the third of three parts would begin (the header is 23 bytes): looking for that
        // part's first line fails
        Path file = bigFile(dir);
        long third = 23 + (Files.size(file) - 23) * 2 / 3;
        String reason = readWithChannelsFailingAt(file, third - 20);
        assertTrue(reason.startsWith("finding where part 3 begins failed"), reason);
    }

    /**
     * Imports the file on the fast path in three parts, with only the channels the parts read through failing at a
     * byte; the general path (which reads a stream, and would say on which line a read failed) must then read the
     * whole file as an import without failures does.
     *
     * @return why the fast path gave up
     */
    private static String readWithChannelsFailingAt(Path file, long failAfter) throws IOException {
        ImportSpec spec = ImportSpec.of(file, TestData.q123()).withIdColumn("respondent_id");
        Limits parts = new Limits(1 << 20, 1 << 20, 4 << 20, 1 << 16, 1 << 20);
        CsvImporter importer = new CsvImporter(p -> new FailingSource(p, failAfter) {
            @Override
            public InputStream openStream() throws IOException {
                return new FileByteSource(p).openStream();
            }
        }, parts, 3, true);
        ImportResult r = importer.read(spec, ImportMonitor.NONE);
        assertFalse(importer.lastUsedFastPath());
        ImportResult unfailing = new CsvImporter(FileByteSource::new, parts, 3, true).read(spec, ImportMonitor.NONE);
        assertTrue(unfailing.succeeded());
        FastPathParityTest.assertSame(unfailing, r);
        return importer.lastBailReason();
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void fileDeletedBetweenCheckAndOpen(boolean fast, @TempDir Path dir) throws IOException {
        Path file = bigFile(dir);
        CsvImporter importer = new CsvImporter(p -> {
            try {
                Files.delete(p);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return new FileByteSource(p);
        }, Limits.DEFAULT, 2, fast);
        ImportResult r = importer.read(ImportSpec.of(file, TestData.q123()), ImportMonitor.NONE);
        assertSingleError(r, ImportProblemCodes.FILE_NOT_FOUND, "export.csv disappeared before it could be read",
                "Expected the file to stay in place");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void fileShrinksWhileItIsRead(boolean fast, @TempDir Path dir) throws IOException {
        Path file = bigFile(dir);
        long size = Files.size(file);
        // the source claims the size the file had when the import started; the bytes end earlier
        CsvImporter importer = new CsvImporter(p -> new FailingSource(p, Long.MAX_VALUE) {
            @Override
            public long size() {
                return size + 1_000_000;
            }
        }, Limits.DEFAULT, 2, fast);
        ImportResult r = importer.read(ImportSpec.of(file, TestData.q123()), ImportMonitor.NONE);
        assertSingleError(r, ImportProblemCodes.READ_FAILED, "Reading export.csv failed", "the file ended at byte",
                "changed while it was read");
    }

    @ParameterizedTest(name = "fast path {0}")
    @ValueSource(booleans = {true, false})
    void cancellationStopsTheImportAndReportsProgressOnTheCallingThread(boolean fast, @TempDir Path dir)
            throws IOException {
        Path file = bigFile(dir);
        Thread caller = Thread.currentThread();
        List<Long> progress = new ArrayList<>();
        AtomicLong polls = new AtomicLong();
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void worked(long done, long total) {
                assertEquals(caller, Thread.currentThread());
                progress.add(done);
            }

            @Override
            public boolean isCanceled() {
                assertEquals(caller, Thread.currentThread());
                return polls.incrementAndGet() > 1;
            }
        };
        ImportResult r = new CsvImporter(FileByteSource::new, new Limits(1 << 20, 1 << 20, 4 << 20, 1 << 16, 1 << 20),
                2, fast).read(ImportSpec.of(file, TestData.q123()), monitor);
        assertSingleError(r, ImportProblemCodes.CANCELLED, "The import of export.csv was cancelled");
    }

    @Test
    void progressReachesTheTotal(@TempDir Path dir) throws IOException {
        Path file = bigFile(dir);
        List<long[]> calls = new ArrayList<>();
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void worked(long done, long total) {
                calls.add(new long[] {done, total});
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        ImportResult r = new CsvImporter().read(ImportSpec.of(file, TestData.q123()), monitor);
        assertTrue(r.succeeded());
        long[] last = calls.get(calls.size() - 1);
        assertEquals(Files.size(file), last[0]);
        assertEquals(Files.size(file), last[1]);
    }

    /** A file whose streams and channels throw after {@code failAfter} bytes. */
    static class FailingSource implements ByteSource {
        private final FileByteSource file;
        private final Path path;
        private final long failAfter;

        FailingSource(Path path, long failAfter) {
            this.file = new FileByteSource(path);
            this.path = path;
            this.failAfter = failAfter;
        }

        @Override
        public long size() throws IOException {
            return file.size();
        }

        @Override
        public InputStream openStream() throws IOException {
            return new FilterInputStream(file.openStream()) {
                long pos;

                @Override
                public int read() throws IOException {
                    check(1);
                    int b = super.read();
                    pos++;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    check(len);
                    int n = in.read(b, off, (int) Math.min(len, Math.max(1, failAfter - pos)));
                    pos += Math.max(n, 0);
                    return n;
                }

                private void check(int len) throws IOException {
                    if (pos >= failAfter) {
                        throw new IOException("simulated I/O error: " + path.getFileName() + " is gone");
                    }
                }
            };
        }

        @Override
        public SeekableByteChannel openChannel() throws IOException {
            SeekableByteChannel ch = file.openChannel();
            return new SeekableByteChannel() {
                @Override
                public int read(ByteBuffer dst) throws IOException {
                    long pos = ch.position();
                    if (pos >= failAfter) {
                        throw new IOException("simulated I/O error: " + path.getFileName() + " is gone");
                    }
                    ByteBuffer allowed = dst.slice();
                    allowed.limit((int) Math.min(allowed.remaining(), failAfter - pos));
                    int n = ch.read(allowed);
                    if (n > 0) {
                        dst.position(dst.position() + n);
                    }
                    return n;
                }

                @Override
                public int write(ByteBuffer src) throws IOException {
                    throw new IOException("read-only");
                }

                @Override
                public long position() throws IOException {
                    return ch.position();
                }

                @Override
                public SeekableByteChannel position(long newPosition) throws IOException {
                    ch.position(newPosition);
                    return this;
                }

                @Override
                public long size() throws IOException {
                    return ch.size();
                }

                @Override
                public SeekableByteChannel truncate(long size) throws IOException {
                    throw new IOException("read-only");
                }

                @Override
                public boolean isOpen() {
                    return ch.isOpen();
                }

                @Override
                public void close() throws IOException {
                    ch.close();
                }
            };
        }
    }
}
