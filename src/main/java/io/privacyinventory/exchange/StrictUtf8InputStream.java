package io.privacyinventory.exchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are UTF-8 as the standard defines it, and stops
 * with the line and column of the first byte that is not. Jackson's decoder is lenient: it reads
 * the overlong form {@code C0 AF} as "/" (the classic way of smuggling a character past a filter)
 * and encoded halves of character pairs as characters. Refused here: overlong forms, encoded
 * surrogates, code points past U+10FFFF, stray continuation bytes and sequences cut short.
 *
 * <p>Lines are counted as Jackson counts them (LF, CR or CR LF end a line), columns in characters
 * from 1, so the place matches the one Jackson gives for other errors in plain-ASCII lines.
 */
final class StrictUtf8InputStream extends FilterInputStream {

    /** Bytes that are not UTF-8, at a line and column. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        MalformedException(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    /** Continuation bytes the current sequence still needs. */
    private int pending;
    /** The allowed range of the next continuation byte (narrower right after some lead bytes). */
    private int nextLow = 0x80;

    private int nextHigh = 0xBF;
    private int sequenceLine;
    private int sequenceColumn;
    private long offset;

    StrictUtf8InputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            finish();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            finish();
            return n;
        }
        int end = off + n;
        int i = off;
        while (i < end) {
            if (pending == 0) {
                // printable ASCII (most of a document) only moves the column: counted a run at a time
                int run = i;
                while (run < end && buffer[run] >= 0x20) {
                    run++;
                }
                if (run > i) {
                    column += run - i;
                    offset += run - i;
                    afterCarriageReturn = false;
                    i = run;
                    continue;
                }
            }
            check(buffer[i] & 0xFF);
            i++;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must pass the check, so skipping reads
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    private void finish() throws MalformedException {
        if (pending > 0) {
            throw malformed("the file ends inside a UTF-8 character");
        }
    }

    private void check(int b) throws MalformedException {
        long at = offset++;
        if (pending > 0) {
            if (b < nextLow || b > nextHigh) {
                throw malformed(String.format(
                        "byte %02X cannot continue this UTF-8 character "
                                + "(the file is not valid UTF-8: an overlong form, an encoded surrogate or a cut sequence)",
                        b));
            }
            nextLow = 0x80;
            nextHigh = 0xBF;
            pending--;
            return;
        }
        sequenceLine = line;
        sequenceColumn = column;
        if (b < 0x80) {
            advance(b);
            return;
        }
        if (at == 0 && b == 0xEF) {
            // a byte-order mark takes no column
            column--;
        }
        column++;
        afterCarriageReturn = false;
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            nextLow = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            nextHigh = 0x9F;
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            nextLow = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            nextHigh = 0x8F;
        } else {
            throw malformed(String.format(
                    "byte %02X cannot start a UTF-8 character (the file is not valid UTF-8%s)",
                    b, b == 0xC0 || b == 0xC1 ? ": an overlong form" : ""));
        }
    }

    private void advance(int b) {
        if (b == '\n') {
            if (!afterCarriageReturn) {
                line++;
            }
            column = 1;
            afterCarriageReturn = false;
        } else if (b == '\r') {
            line++;
            column = 1;
            afterCarriageReturn = true;
        } else {
            column++;
            afterCarriageReturn = false;
        }
    }

    private MalformedException malformed(String message) {
        return new MalformedException(sequenceLine, sequenceColumn, message);
    }
}
