package org.factorstudio.data.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;

/**
 * Where an importer gets the file's bytes. A seam, so tests can simulate a file that fails or vanishes
 * part way through a read, which a real file system does not reliably do on demand.
 *
 * <p>Implementations open read-only; each call opens a new, independent stream or channel.
 */
public interface ByteSource {

    /** Size in bytes. */
    long size() throws IOException;

    /** A new stream from the first byte. */
    InputStream openStream() throws IOException;

    /** A new channel for positioned reads; each reading thread opens its own. */
    SeekableByteChannel openChannel() throws IOException;
}
