package nl.stm.pipeline.partner;

import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the text the CSV parser reads, from the start of the record being read on, so a rejected
 * record can be stored exactly as it is in the file. Stops with a {@link RecordTooLongException} when
 * a record grows far beyond the limit (a quote that is never closed swallows the rest of the file),
 * so memory stays bounded whatever the file holds.
 */
final class CapturingReader extends Reader {

	private final Reader in;

	private final long maxRecordChars;

	private char[] buffer = new char[1 << 16];

	private int length;

	/** Position in the text of {@code buffer[0]}. */
	private long base;

	/** Position of the earliest text still needed. */
	private long keepFrom;

	CapturingReader(Reader in, long maxRecordChars) {
		this.in = in;
		this.maxRecordChars = maxRecordChars;
	}

	@Override
	public int read(char[] target, int offset, int count) throws IOException {
		int n = in.read(target, offset, count);
		if (n > 0) {
			if (length + n > buffer.length) {
				char[] larger = new char[Math.max(buffer.length * 2, length + n)];
				System.arraycopy(buffer, 0, larger, 0, length);
				buffer = larger;
			}
			System.arraycopy(target, offset, buffer, length, n);
			length += n;
			if (position() - keepFrom > 2 * maxRecordChars + (1 << 16)) {
				throw new RecordTooLongException();
			}
		}
		return n;
	}

	/** Position in the text after the last character read. */
	long position() {
		return base + length;
	}

	/** The text between two positions that are still kept. */
	String text(long from, long to) {
		return new String(buffer, (int) (from - base), (int) (to - from));
	}

	/** The position after {@code lines} line breaks (CR, LF or CRLF) from a position. */
	long skipLines(long from, int lines) {
		int i = (int) (from - base);
		int left = lines;
		while (left > 0 && i < length) {
			char c = buffer[i++];
			if (c == '\r') {
				if (i < length && buffer[i] == '\n') {
					i++;
				}
				left--;
			}
			else if (c == '\n') {
				left--;
			}
		}
		return base + i;
	}

	/** Text before this position is no longer needed. */
	void release(long position) {
		keepFrom = position;
		int drop = (int) (position - base);
		if (drop >= 1 << 15 && drop >= length / 2) {
			System.arraycopy(buffer, drop, buffer, 0, length - drop);
			length -= drop;
			base = position;
		}
	}

	/** The record being read is longer than the limit. */
	static final class RecordTooLongException extends RuntimeException {

		RecordTooLongException() {
			super("record too long", null, false, false);
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
