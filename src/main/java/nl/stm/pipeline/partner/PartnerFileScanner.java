package nl.stm.pipeline.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import nl.stm.pipeline.partner.PartnerFileException.Code;

/**
 * Reads a partner file once, byte by byte, before anything is parsed: its SHA-256, whether it is
 * text at all, its encoding and its delimiter.
 * <ul>
 * <li><b>Encoding</b>: a byte order mark decides (UTF-8, UTF-16); otherwise the file is UTF-8 when
 * it decodes strictly as UTF-8, or has at least as many valid multi-byte UTF-8 sequences as bytes
 * that are not UTF-8 (a UTF-8 file with a few windows-1252 bytes pasted in: those lines are
 * rejected as {@code BAD_ENCODING}, never decoded as something else); else windows-1252 (Excel's
 * "CSV (gescheiden door lijstscheidingsteken)"). A strict decoder never lets windows-1252 bytes
 * (ë, €) pass as UTF-8.</li>
 * <li><b>Binary</b>: control bytes other than tab, CR and LF, or the five bytes windows-1252 leaves
 * undefined, make the file fail with {@code ENCODING} (a spreadsheet, PDF or zip saved as .csv).</li>
 * <li><b>Delimiter</b>: {@code ;}, {@code ,} or tab, whichever occurs outside quotes in the header
 * line and the same number of times in most of the first records.</li>
 * </ul>
 */
public final class PartnerFileScanner {

	/** What the scan found. */
	public record FileScan(String sha256, long size, CsvDialect dialect) {
	}

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SAMPLE_BYTES = 64 * 1024;

	private static final int SAMPLE_RECORDS = 20;

	private static final char[] DELIMITERS = { ';', '\t', ',' };

	private PartnerFileScanner() {
	}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest = newDigest();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Scans a file; throws {@link PartnerFileException} ({@code TOO_LARGE}, {@code EMPTY},
	 * {@code ENCODING}) when it is not a text file this contract can read.
	 */
	public static FileScan scan(Path file, long maxBytes) {
		return scan(file, maxBytes, true);
	}

	/** Scans a file, with or without its SHA-256 (null when not asked for). */
	public static FileScan scan(Path file, long maxBytes, boolean withSha256) {
		String name = file.getFileName().toString();
		try {
			long size = Files.size(file);
			if (size > maxBytes) {
				throw new PartnerFileException(Code.TOO_LARGE, name + ": " + size + " bytes, more than the limit of "
						+ maxBytes + " (pipeline.partners.max-bytes)");
			}
			if (size == 0) {
				throw new PartnerFileException(Code.EMPTY, name + ": the file is empty (0 bytes)");
			}
			return new Pass(name, withSha256).run(file, size);
		}
		catch (NoSuchFileException ex) {
			throw new UncheckedIOException(name + ": no such file", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(name + ": cannot read (" + ex.getMessage() + ")", ex);
		}
	}

	/** The single pass over the bytes. */
	private static final class Pass {

		private final String name;

		private final MessageDigest digest;

		private final byte[] sample = new byte[SAMPLE_BYTES];

		private int sampleLength;

		private Charset bomCharset;

		private int bomLength;

		private CharsetDecoder decoder;

		private final ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 8);

		private final CharBuffer chars = CharBuffer.allocate(64 * 1024 + 8);

		private long malformedAt = -1;

		private long controlAt = -1;

		private int controlByte;

		private long undefinedAt = -1;

		private int undefinedByte;

		private boolean nonBlank;

		private long offset;

		private long pendingStart;

		private long charsSeen;

		/** UTF-8 validation: continuation bytes still expected, and the range of the next one. */
		private int need;

		private long validSequences;

		private long invalidBytes;

		private int low = 0x80;

		private int high = 0xBF;

		Pass(String name, boolean withSha256) {
			this.name = name;
			this.digest = withSha256 ? newDigest() : null;
		}

		FileScan run(Path file, long size) throws IOException {
			try (InputStream in = Files.newInputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				int n;
				boolean first = true;
				while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
					if (digest != null) {
						digest.update(buffer, 0, n);
					}
					int start = 0;
					if (first) {
						start = detectBom(buffer, n);
						first = false;
					}
					accept(buffer, start, n);
					offset += n;
				}
				finishDecoding();
			}
			String sha256 = digest == null ? null : HexFormat.of().formatHex(digest.digest());
			Charset charset = charset();
			if (!nonBlank) {
				throw new PartnerFileException(Code.EMPTY,
						name + ": the file has no content" + (bomLength > 0 ? " (only a byte order mark)" : " (only blank lines)"));
			}
			String text = new String(sample, 0, sampleLength, charset);
			return new FileScan(sha256, size, new CsvDialect(charset, bomLength > 0, sniffDelimiter(text)));
		}

		private int detectBom(byte[] b, int n) {
			if (n >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
				bomCharset = StandardCharsets.UTF_8;
				bomLength = 3;
			}
			else if (n >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
				bomCharset = StandardCharsets.UTF_16LE;
				bomLength = 2;
			}
			else if (n >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
				bomCharset = StandardCharsets.UTF_16BE;
				bomLength = 2;
			}
			decoder = (bomCharset == null ? StandardCharsets.UTF_8 : bomCharset).newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			pendingStart = bomLength;
			return bomLength;
		}

		private boolean utf16() {
			return bomCharset == StandardCharsets.UTF_16LE || bomCharset == StandardCharsets.UTF_16BE;
		}

		private void accept(byte[] b, int start, int end) {
			int take = Math.min(end - start, SAMPLE_BYTES - sampleLength);
			if (take > 0) {
				System.arraycopy(b, start, sample, sampleLength, take);
				sampleLength += take;
			}
			if (utf16()) {
				if (malformedAt < 0) {
					decode(b, start, end, false);
				}
				return;
			}
			for (int i = start; i < end; i++) {
				int c = b[i];
				if (c >= 0x20 && c < 0x7F && need == 0) {
					if (c != ' ') {
						nonBlank = true;
					}
					continue;
				}
				c &= 0xff;
				if (c < 0x20) {
					if (c != '\t' && c != '\n' && c != '\r' && controlAt < 0) {
						controlAt = offset + i;
						controlByte = c;
					}
				}
				else if (c >= 0x80) {
					nonBlank = true;
					if ((c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) && undefinedAt < 0) {
						undefinedAt = offset + i;
						undefinedByte = c;
					}
				}
				utf8(c, offset + i);
			}
		}

		/**
		 * One byte of strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF):
		 * counts the valid multi-byte sequences and the invalid bytes, which decide the encoding.
		 */
		private void utf8(int c, long position) {
			if (need > 0) {
				if (c >= low && c <= high) {
					need--;
					low = 0x80;
					high = 0xBF;
					if (need == 0) {
						validSequences++;
					}
					return;
				}
				invalid(position);
				need = 0;
				low = 0x80;
				high = 0xBF;
			}
			if (c < 0x80) {
				return;
			}
			if (c >= 0xC2 && c <= 0xDF) {
				need = 1;
			}
			else if (c == 0xE0) {
				need = 2;
				low = 0xA0;
			}
			else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
				need = 2;
			}
			else if (c == 0xED) {
				need = 2;
				high = 0x9F;
			}
			else if (c == 0xF0) {
				need = 3;
				low = 0x90;
			}
			else if (c >= 0xF1 && c <= 0xF3) {
				need = 3;
			}
			else if (c == 0xF4) {
				need = 3;
				high = 0x8F;
			}
			else {
				invalid(position);
			}
		}

		private void invalid(long position) {
			if (malformedAt < 0) {
				malformedAt = position;
			}
			invalidBytes++;
		}

		private void decode(byte[] b, int start, int end, boolean endOfInput) {
			int position = start;
			do {
				int room = Math.min(end - position, pending.remaining());
				pending.put(b, position, room);
				position += room;
				pending.flip();
				boolean last = endOfInput && position == end;
				while (true) {
					CoderResult result = decoder.decode(pending, chars, last);
					if (result.isError()) {
						malformedAt = pendingStart + pending.position();
						return;
					}
					drainChars();
					if (result.isUnderflow()) {
						break;
					}
				}
				if (last && decoder.flush(chars).isError()) {
					malformedAt = pendingStart + pending.position();
					return;
				}
				pendingStart += pending.position();
				pending.compact();
			}
			while (position < end);
		}

		private void drainChars() {
			chars.flip();
			if (utf16()) {
				for (int i = chars.position(); i < chars.limit(); i++) {
					char c = chars.get(i);
					if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
						if (controlAt < 0) {
							controlAt = charsSeen + i;
							controlByte = c;
						}
					}
					else if (!Character.isWhitespace(c)) {
						nonBlank = true;
					}
				}
			}
			charsSeen += chars.remaining();
			chars.clear();
		}

		private void finishDecoding() {
			if (utf16() && malformedAt < 0) {
				decode(new byte[0], 0, 0, true);
			}
			else if (need > 0) {
				invalid(offset);
			}
		}

		private Charset charset() {
			if (controlAt >= 0) {
				throw new PartnerFileException(Code.ENCODING, name + ": not a text file (control " + hex(controlByte)
						+ " at " + (utf16() ? "character " : "byte ") + controlAt + "); save it from Excel as CSV");
			}
			if (mostlyUtf8()) {
				return StandardCharsets.UTF_8;
			}
			if (bomCharset != null) {
				if (malformedAt >= 0) {
					throw new PartnerFileException(Code.ENCODING, name + ": starts with a " + bomCharset.name()
							+ " byte order mark but is not valid " + bomCharset.name() + " (byte " + malformedAt + ")");
				}
				return bomCharset;
			}
			if (undefinedAt >= 0) {
				throw new PartnerFileException(Code.ENCODING, name + ": neither UTF-8 nor windows-1252 (byte "
						+ hex(undefinedByte) + " at byte " + undefinedAt + ")");
			}
			return WINDOWS_1252;
		}

		/**
		 * UTF-8 with some bytes that are not (a line pasted from a windows-1252 file): at least as many
		 * valid multi-byte sequences as invalid bytes. A windows-1252 file has next to no valid UTF-8
		 * sequences (an accented letter followed by a letter is never one), a UTF-8 file with a € or
		 * an accent on most lines has many. The invalid lines are rejected as {@code BAD_ENCODING}.
		 */
		private boolean mostlyUtf8() {
			return !utf16() && (malformedAt < 0 || (validSequences > 0 && validSequences >= invalidBytes));
		}

		private static String hex(int b) {
			return String.format("0x%02X", b);
		}
	}

	/**
	 * The delimiter of a file from the start of its text: per candidate, the number of times it
	 * occurs outside quotes in the header line, and how many of the next records have the same
	 * number. Most agreeing records win, then most columns; {@code ;} when nothing fits.
	 */
	static char sniffDelimiter(CharSequence text) {
		List<int[]> records = new ArrayList<>();
		int[] current = new int[DELIMITERS.length];
		boolean inQuotes = false;
		boolean content = false;
		for (int i = 0; i < text.length() && records.size() < SAMPLE_RECORDS; i++) {
			char c = text.charAt(i);
			if (c == '"') {
				inQuotes = !inQuotes;
				content = true;
			}
			else if (inQuotes) {
				continue;
			}
			else if (c == '\n' || c == '\r') {
				if (content) {
					records.add(current);
				}
				current = new int[DELIMITERS.length];
				content = false;
			}
			else {
				for (int k = 0; k < DELIMITERS.length; k++) {
					if (c == DELIMITERS[k]) {
						current[k]++;
					}
				}
				if (!Character.isWhitespace(c) && c != ';' && c != ',') {
					content = true;
				}
			}
		}
		if (content && records.size() < SAMPLE_RECORDS) {
			records.add(current);
		}
		if (records.isEmpty()) {
			return ';';
		}
		int[] header = records.get(0);
		char best = ';';
		long bestScore = -1;
		for (int k = 0; k < DELIMITERS.length; k++) {
			if (header[k] == 0) {
				continue;
			}
			int agreeing = 0;
			for (int r = 1; r < records.size(); r++) {
				if (records.get(r)[k] == header[k]) {
					agreeing++;
				}
			}
			long score = agreeing * 10_000L + header[k];
			if (score > bestScore) {
				bestScore = score;
				best = DELIMITERS[k];
			}
		}
		return best;
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
