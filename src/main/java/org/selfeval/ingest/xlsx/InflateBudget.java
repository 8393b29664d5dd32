package org.selfeval.ingest.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Shares one budget of inflated bytes between the parts of a zip read in one pass; reading past it
 * fails.
 */
public final class InflateBudget {

    private final long budget;
    private long left;

    public InflateBudget(long budget) {
        this.budget = budget;
        this.left = budget;
    }

    public InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) spend(1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) spend(n);
                return n;
            }
        };
    }

    private void spend(long n) throws IOException {
        left -= n;
        if (left < 0) throw new IOException("more inflated bytes than " + budget);
    }
}
