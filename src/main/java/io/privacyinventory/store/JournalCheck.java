package io.privacyinventory.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether the rollback journal beside an inventory belongs to it, read before SQLite may play it
 * back. SQLite trusts any journal that sits beside a file under the right name: a journal copied
 * there from another database would be written into this one page by page.
 *
 * <p>The journal's header (SQLite's file format, section "The Rollback Journal") gives its magic
 * number, record count, checksum nonce, the database's page count before the change, the sector
 * size and the page size. Each record holds a page number, the page as it was, and a checksum of
 * the nonce plus every 200th byte of the page. A journal belongs to this file when its page size
 * is the file's, every record it would play back has a good checksum, and its copy of page 1 (the
 * file's header, journalled by every change that reached the file) is an inventory header that
 * fits the file: with the file's change counter, it is the file's page 1 byte for byte (the change
 * had not reached page 1); with one less, the header agrees in every part a change leaves alone
 * (the change had reached page 1). A journal with no records must name the file's current page
 * count, so that playing it back changes nothing.
 *
 * <p>This is plausibility, not proof: SQLite's journal carries nothing unique to its database.
 * A journal of an identical twin of the file (a copy that went on to be changed, crashing one
 * change later) would pass; one of any other inventory fails on its first page.
 */
final class JournalCheck {
    static final byte[] MAGIC = {(byte) 0xd9, (byte) 0xd5, 0x05, (byte) 0xf9, 0x20, (byte) 0xa1, 0x63, (byte) 0xd7};
    private static final int HEADER_BYTES = 28;
    private static final int CHANGE_COUNTER_OFFSET = 24;
    private static final int PAGE_SIZE_OFFSET = 16;
    /**
     * The parts of the 100-byte header a change does not write: all but the change counter, page
     * count, free-list fields and schema cookie (24 to 43) and the version-valid-for number and
     * SQLite version (92 to 99).
     */
    private static final int[][] UNCHANGING_HEADER = {{0, 24}, {44, 92}};

    private JournalCheck() {}

    /**
     * Null when SQLite may look at the journal: it is this file's, or it holds nothing SQLite would
     * play back (no magic number: SQLite treats it as finished). Otherwise why it is not this file's.
     */
    static String foreign(Path database, Path journal) throws IOException {
        byte[] header = new byte[HEADER_BYTES];
        long journalSize = Files.size(journal);
        try (InputStream in = Files.newInputStream(journal)) {
            if (in.readNBytes(header, 0, HEADER_BYTES) < HEADER_BYTES
                    || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                return null;
            }
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        long records = Integer.toUnsignedLong(fields.getInt(8));
        int nonce = fields.getInt(12);
        long pagesBefore = Integer.toUnsignedLong(fields.getInt(16));
        int sectorSize = fields.getInt(20);
        int pageSize = fields.getInt(24);

        byte[] databaseHeader = new byte[100];
        try (InputStream in = Files.newInputStream(database)) {
            in.readNBytes(databaseHeader, 0, databaseHeader.length);
        }
        int databasePageSize = pageSize(databaseHeader);
        if (pageSize != databasePageSize) {
            return "its page size (" + pageSize + ") is not the file's (" + databasePageSize + ")";
        }
        if (sectorSize < 32 || sectorSize > 65536 || Integer.bitCount(sectorSize) != 1) {
            return "its header is damaged (sector size " + sectorSize + ")";
        }
        long recordSize = pageSize + 8L;
        if (records == 0xFFFFFFFFL) {
            records = Math.max(0, (journalSize - sectorSize) / recordSize);
        }
        records = Math.min(records, Math.max(0, (journalSize - sectorSize) / recordSize));
        if (records == 0) {
            long pagesNow = Files.size(database) / pageSize;
            return pagesBefore == pagesNow
                    ? null
                    : "it holds no pages, yet would cut the file from " + pagesNow + " to " + pagesBefore + " pages";
        }
        byte[] firstPage = pageOne(journal, sectorSize, pageSize, records, nonce);
        if (firstPage == null) {
            return "it holds no copy of the file's first page to show that it is this file's";
        }
        if (!Arrays.equals(Arrays.copyOf(firstPage, 16), Arrays.copyOf(databaseHeader, 16))
                || ByteBuffer.wrap(firstPage).getInt(68) != Database.APPLICATION_ID
                || pageSize(firstPage) != databasePageSize) {
            return "its copy of the file's first page is not a Privacy Inventory header";
        }
        int counterThen = ByteBuffer.wrap(firstPage).getInt(CHANGE_COUNTER_OFFSET);
        int counterNow = ByteBuffer.wrap(databaseHeader).getInt(CHANGE_COUNTER_OFFSET);
        if (counterNow == counterThen) {
            // the change had not reached page 1: it must be in the file exactly as the journal keeps it
            byte[] pageNow = new byte[pageSize];
            try (InputStream in = Files.newInputStream(database)) {
                in.readNBytes(pageNow, 0, pageSize);
            }
            return Arrays.equals(pageNow, firstPage)
                    ? null
                    : "its copy of the file's first page differs from the page, which the change had not reached yet";
        }
        if (counterNow != counterThen + 1) {
            return "it was made for another state of the file or another file (change counter "
                    + Integer.toUnsignedString(counterThen) + ", the file's is " + Integer.toUnsignedString(counterNow)
                    + ")";
        }
        // the change had reached page 1: all of its header that a change leaves alone must be as it was
        for (int[] range : UNCHANGING_HEADER) {
            if (!Arrays.equals(
                    Arrays.copyOfRange(firstPage, range[0], range[1]),
                    Arrays.copyOfRange(databaseHeader, range[0], range[1]))) {
                return "its copy of the file's header differs from the header in parts no change writes";
            }
        }
        return null;
    }

    /**
     * The journalled page 1 among the records SQLite would play back: it stops at the first record
     * whose checksum is wrong, and so does this. Null when page 1 is not among them.
     */
    private static byte[] pageOne(Path journal, int sectorSize, int pageSize, long records, int nonce)
            throws IOException {
        byte[] record = new byte[pageSize + 8];
        try (InputStream in = Files.newInputStream(journal)) {
            in.skipNBytes(sectorSize);
            for (long i = 0; i < records; i++) {
                if (in.readNBytes(record, 0, record.length) < record.length) {
                    return null;
                }
                ByteBuffer fields = ByteBuffer.wrap(record);
                int page = fields.getInt(0);
                if (fields.getInt(4 + pageSize) != checksum(record, 4, pageSize, nonce)) {
                    return null;
                }
                if (page == 1) {
                    return Arrays.copyOfRange(record, 4, 4 + pageSize);
                }
            }
        }
        return null;
    }

    /** SQLite's record checksum: the nonce plus every 200th byte of the page, counted from its end. */
    static int checksum(byte[] bytes, int offset, int pageSize, int nonce) {
        int sum = nonce;
        for (int i = pageSize - 200; i > 0; i -= 200) {
            sum += bytes[offset + i] & 0xFF;
        }
        return sum;
    }

    /** The page size a database header gives (stored as 1 for 65536). */
    static int pageSize(byte[] header) {
        int size = ((header[PAGE_SIZE_OFFSET] & 0xFF) << 8) | (header[PAGE_SIZE_OFFSET + 1] & 0xFF);
        return size == 1 ? 65536 : size;
    }
}
