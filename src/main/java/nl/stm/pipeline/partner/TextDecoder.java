package nl.stm.pipeline.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a partner file into text, for UTF-8 and windows-1252 several times faster
 * than {@link InputStreamReader} (whose UTF-8 decoder leaves its fast path at the first non-ASCII
 * byte of every buffer, and every row has a {@code €}). UTF-8 is decoded strictly; a byte that is
 * not part of valid UTF-8 becomes the lone surrogate {@link InvalidBytes#escape} of that byte (as
 * Python's {@code surrogateescape}), which valid input can never produce: its line is rejected as
 * {@code BAD_ENCODING} with the byte kept, it never turns silently into another character.
 */
final class TextDecoder extends Reader {

	private final InputStream in;

	private final boolean utf8;

	private final char[] singleByte;

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private int pendingLowSurrogate = -1;

	private TextDecoder(InputStream in, boolean utf8, char[] singleByte) {
		this.in = in;
		this.utf8 = utf8;
		this.singleByte = singleByte;
	}

	/** A reader for the bytes in a charset: this decoder for UTF-8 and windows-1252, the JDK's for others. */
	static Reader of(InputStream in, Charset charset) {
		if (charset.equals(StandardCharsets.UTF_8)) {
			return new TextDecoder(in, true, null);
		}
		if (charset.equals(PartnerFileScanner.WINDOWS_1252)) {
			byte[] all = new byte[256];
			for (int i = 0; i < 256; i++) {
				all[i] = (byte) i;
			}
			return new TextDecoder(in, false, new String(all, charset).toCharArray());
		}
		return new InputStreamReader(in, charset);
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int n = 0;
		if (pendingLowSurrogate >= 0) {
			target[offset + n++] = (char) pendingLowSurrogate;
			pendingLowSurrogate = -1;
		}
		while (n < length) {
			if (position >= limit && (n > 0 || !fill(0))) {
				break;
			}
			int b = buffer[position];
			if (b >= 0) {
				// ASCII run
				int end = Math.min(limit, position + (length - n));
				int i = position;
				while (i < end && buffer[i] >= 0) {
					target[offset + n++] = (char) buffer[i++];
				}
				position = i;
				continue;
			}
			if (!utf8) {
				target[offset + n++] = singleByte[b & 0xff];
				position++;
				continue;
			}
			int size = b >= (byte) 0xF0 ? 4 : b >= (byte) 0xE0 ? 3 : b >= (byte) 0xC0 ? 2 : 1;
			int codePoint = limit - position >= size || fill(size) ? decode(size) : -1;
			if (codePoint < 0) {
				target[offset + n++] = InvalidBytes.escape(buffer[position]);
				position++;
				continue;
			}
			position += size;
			if (codePoint < 0x10000) {
				target[offset + n++] = (char) codePoint;
			}
			else {
				target[offset + n++] = Character.highSurrogate(codePoint);
				if (n < length) {
					target[offset + n++] = Character.lowSurrogate(codePoint);
				}
				else {
					pendingLowSurrogate = Character.lowSurrogate(codePoint);
				}
			}
		}
		return n == 0 ? -1 : n;
	}

	/** The code point of the sequence at {@code position}, or -1 when it is not strict UTF-8 (or cut off). */
	private int decode(int size) {
		int b0 = buffer[position] & 0xff;
		if (size == 1 || b0 > 0xF4 || limit - position < size) {
			return -1;
		}
		int codePoint = b0 & (0xFF >> (size + 1));
		for (int i = 1; i < size; i++) {
			int b = buffer[position + i] & 0xff;
			if ((b & 0xC0) != 0x80) {
				return -1;
			}
			codePoint = (codePoint << 6) | (b & 0x3F);
		}
		boolean shortest = codePoint >= (size == 2 ? 0x80 : size == 3 ? 0x800 : 0x10000);
		boolean scalar = codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF);
		return shortest && scalar ? codePoint : -1;
	}

	/** Reads more bytes, keeping the unread ones; true when at least {@code atLeast} (or one) bytes are available. */
	private boolean fill(int atLeast) throws IOException {
		int left = limit - position;
		System.arraycopy(buffer, position, buffer, 0, left);
		position = 0;
		limit = left;
		while (limit < Math.max(atLeast, 1)) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read < 0) {
				return false;
			}
			limit += read;
		}
		if (limit < buffer.length) {
			int read = in.read(buffer, limit, buffer.length - limit);
			if (read > 0) {
				limit += read;
			}
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
