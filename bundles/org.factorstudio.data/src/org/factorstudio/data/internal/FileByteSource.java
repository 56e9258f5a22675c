package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file, opened read-only. Positioned channel reads are used instead of memory mapping on purpose:
 * a mapped file stays locked on Windows until the mapping is garbage collected, so the user could not
 * replace or delete the export they just imported.
 */
public final class FileByteSource implements ByteSource {

    private final Path file;

    public FileByteSource(Path file) {
        this.file = file;
    }

    @Override
    public long size() throws IOException {
        return Files.size(file);
    }

    @Override
    public InputStream openStream() throws IOException {
        return Files.newInputStream(file, StandardOpenOption.READ);
    }

    @Override
    public SeekableByteChannel openChannel() throws IOException {
        return FileChannel.open(file, StandardOpenOption.READ);
    }
}
