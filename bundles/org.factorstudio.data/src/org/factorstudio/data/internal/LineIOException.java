package org.factorstudio.data.internal;

import java.io.IOException;

/** A read failure that knows the line the reader had reached, so the message can name it. */
final class LineIOException extends IOException {

    private static final long serialVersionUID = 1L;

    final long line;

    LineIOException(long line, IOException cause) {
        super(cause.getMessage(), cause);
        this.line = line;
    }
}
