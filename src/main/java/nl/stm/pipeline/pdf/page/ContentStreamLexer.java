package nl.stm.pipeline.pdf.page;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSName;

import nl.stm.pipeline.pdf.page.FastGraphicsScanner.Unsupported;

/**
 * Splits decoded content-stream bytes into operators and their operands for
 * {@link ContentStreamInterpreter}, without building an object per token: operands are kept as
 * byte ranges and only parsed (as PDFBox would parse them) when the interpreter asks for one. Strings,
 * arrays, dictionaries and comments are skipped, so text costs next to nothing. Anything PDFBox
 * might read differently (unbalanced delimiters, odd numbers, escaped names) throws
 * {@link Unsupported}.
 */
final class ContentStreamLexer {

	private static final int MAX_OPERANDS = 64;

	private static final byte NUMBER = 1;

	private static final byte NAME = 2;

	private static final byte OTHER = 3;

	private final byte[] data;

	private int pos;

	// operands of the current operator: kind, and for numbers and names the token's byte range
	private final byte[] kinds = new byte[MAX_OPERANDS];

	private final int[] starts = new int[MAX_OPERANDS];

	private final int[] ends = new int[MAX_OPERANDS];

	private int count;

	private int operatorStart;

	private int operatorEnd;

	ContentStreamLexer(byte[] data) {
		this.data = data;
	}

	/**
	 * Reads up to and including the next operator, collecting its operands; false at the end of the
	 * content (operands without an operator there are dropped).
	 */
	boolean nextOperator() {
		count = 0;
		int n = data.length;
		while (pos < n) {
			int c = data[pos] & 0xff;
			if (isWhitespace(c)) {
				pos++;
			}
			else if (c == '%') {
				skipComment();
			}
			else if (c == '/') {
				int start = pos++;
				skipRegular();
				operand(NAME, start + 1, pos);
			}
			else if (c == '(') {
				skipString();
				operand(OTHER, 0, 0);
			}
			else if (c == '<') {
				if (pos + 1 < n && data[pos + 1] == '<') {
					skipNested();
				}
				else {
					skipHexString();
				}
				operand(OTHER, 0, 0);
			}
			else if (c == '[') {
				skipNested();
				operand(OTHER, 0, 0);
			}
			else if (isNumberStart(c)) {
				int start = pos++;
				skipRegular();
				operand(NUMBER, start, pos);
			}
			else if (c == ']' || c == '>' || c == ')' || c == '{' || c == '}') {
				throw new Unsupported("unbalanced " + (char) c);
			}
			else {
				operatorStart = pos;
				skipRegular();
				operatorEnd = pos;
				return true;
			}
		}
		return false;
	}

	/** Length of the current operator's name. */
	int operatorLength() {
		return operatorEnd - operatorStart;
	}

	/** Byte {@code i} of the current operator's name (as a signed byte, like the content). */
	int operatorByte(int i) {
		return data[operatorStart + i];
	}

	int count() {
		return count;
	}

	void expect(int n) {
		if (count != n) {
			throw new Unsupported("expected " + n + " operands, got " + count);
		}
	}

	/** Operand {@code i} as a number, converted exactly as PDFBox converts it. */
	float number(int i) {
		if (i >= count || kinds[i] != NUMBER) {
			throw new Unsupported("operand " + i + " is no number");
		}
		int start = starts[i];
		int end = ends[i];
		boolean negative = false;
		int p = start;
		if (data[p] == '-' || data[p] == '+') {
			negative = data[p] == '-';
			p++;
		}
		long value = 0;
		int digits = 0;
		int decimals = -1;
		for (; p < end; p++) {
			int c = data[p];
			if (c >= '0' && c <= '9') {
				if (digits < 18) {
					value = value * 10 + (c - '0');
					digits++;
					if (decimals >= 0) {
						decimals++;
					}
				}
				else if (decimals < 0) {
					throw new Unsupported("number too long");
				}
			}
			else if (c == '.' && decimals < 0) {
				decimals = 0;
			}
			else {
				throw new Unsupported("malformed number");
			}
		}
		if (digits == 0) {
			throw new Unsupported("malformed number");
		}
		if (decimals <= 0) {
			// integers (and "4.") convert exactly as PDFBox does
			return negative ? -value : value;
		}
		// as PDFBox: Float.parseFloat of the token text
		return Float.parseFloat(new String(data, start, end - start, StandardCharsets.ISO_8859_1));
	}

	COSName name(int i) {
		if (i >= count || kinds[i] != NAME) {
			throw new Unsupported("operand " + i + " is no name");
		}
		String text = new String(data, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1);
		if (text.indexOf('#') >= 0) {
			throw new Unsupported("name with # escapes"); // PDFBox decodes them; leave it to PDFBox
		}
		return COSName.getPDFName(text);
	}

	private void operand(byte kind, int start, int end) {
		if (count == MAX_OPERANDS) {
			throw new Unsupported("too many operands");
		}
		kinds[count] = kind;
		starts[count] = start;
		ends[count] = end;
		count++;
	}

	private void skipRegular() {
		int n = data.length;
		while (pos < n && isRegular(data[pos] & 0xff)) {
			pos++;
		}
	}

	private void skipComment() {
		while (pos < data.length && data[pos] != '\n' && data[pos] != '\r') {
			pos++;
		}
	}

	/** A literal string: balanced parentheses, backslash escapes. */
	private void skipString() {
		int depthOfParens = 0;
		int n = data.length;
		while (pos < n) {
			byte b = data[pos++];
			if (b == '\\') {
				pos++;
			}
			else if (b == '(') {
				depthOfParens++;
			}
			else if (b == ')') {
				depthOfParens--;
				if (depthOfParens == 0) {
					return;
				}
			}
		}
		throw new Unsupported("unterminated string");
	}

	private void skipHexString() {
		int n = data.length;
		pos++;
		while (pos < n) {
			if (data[pos++] == '>') {
				return;
			}
		}
		throw new Unsupported("unterminated hex string");
	}

	/** An array or dictionary operand, with whatever it nests; only strings need care inside. */
	private void skipNested() {
		int level = 0;
		int n = data.length;
		while (pos < n) {
			int c = data[pos] & 0xff;
			if (c == '(') {
				skipString();
				continue;
			}
			if (c == '%') {
				skipComment();
				continue;
			}
			if (c == '<') {
				if (pos + 1 < n && data[pos + 1] == '<') {
					level++;
					pos += 2;
				}
				else {
					skipHexString();
					if (level == 0) {
						return;
					}
				}
				continue;
			}
			if (c == '>') {
				if (pos + 1 < n && data[pos + 1] == '>') {
					level--;
					pos += 2;
					if (level == 0) {
						return;
					}
					continue;
				}
				throw new Unsupported("stray >");
			}
			if (c == '[') {
				level++;
			}
			else if (c == ']') {
				level--;
				if (level == 0) {
					pos++;
					return;
				}
			}
			pos++;
		}
		throw new Unsupported("unterminated array or dictionary");
	}

	private static boolean isWhitespace(int c) {
		return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
	}

	private static boolean isDelimiter(int c) {
		return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
				|| c == '/' || c == '%';
	}

	private static boolean isRegular(int c) {
		return !isWhitespace(c) && !isDelimiter(c);
	}

	private static boolean isNumberStart(int c) {
		return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
	}
}
