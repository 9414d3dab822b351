package nl.stm.pipeline.pdf;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads the graphics of a page for {@link GraphicsCollector} without PDFBox's full content-stream
 * engine. PDFBox parses every token of the stream into objects (every glyph string and text
 * position number included) and dispatches every operator; this scanner walks the decoded bytes,
 * skips text and everything else it does not need without building objects, and interprets only the
 * graphics state ({@code q Q cm}), colours, paths, painting operators and XObjects ({@code Do}, with
 * forms followed recursively). It computes exactly what PDFBox's engine would hand the collector:
 * points transformed with PDFBox's own {@link Matrix} and {@link AffineTransform}, colours as
 * PDFBox {@link PDColor}s in the colour space PDFBox would pick.
 * <p>
 * Anything it does not handle the way PDFBox does (inline images, Type 3 fonts whose glyphs are
 * drawings, operands of the wrong number or type, malformed tokens) makes {@link #scan} give up, and
 * the collector reads the page with PDFBox instead. So this is an optimisation only, never a
 * different reading.
 */
final class FastGraphicsScanner {

	/** Thrown to give up on a page; the caller falls back to PDFBox. */
	static final class Unsupported extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Unsupported(String reason) {
			super(reason, null, false, false);
		}
	}

	private static final int MAX_OPERANDS = 64;

	private static final int MAX_DEPTH = 25;

	/** Decoded content larger than this (per page or form) is left to PDFBox, which streams it. */
	private static final int MAX_CONTENT = 16 * 1024 * 1024;

	private static final COSName TYPE3 = COSName.getPDFName("Type3");

	private final GraphicsCollector out;

	private final Deque<State> stack = new ArrayDeque<>();

	private State state = new State();

	private PDResources resources;

	private int depth;

	// operands of the current operator: kind, and for numbers and names the token's byte range
	private final byte[] kinds = new byte[MAX_OPERANDS];

	private final int[] starts = new int[MAX_OPERANDS];

	private final int[] ends = new int[MAX_OPERANDS];

	private int count;

	private static final byte NUMBER = 1;

	private static final byte NAME = 2;

	private static final byte OTHER = 3;

	private byte[] data;

	private int pos;

	/** The graphics state this scanner tracks: transformation and the two colours. */
	private static final class State {

		Matrix ctm = new Matrix();

		AffineTransform transform;

		PDColorSpace strokeSpace = PDDeviceGray.INSTANCE;

		PDColor stroke = PDDeviceGray.INSTANCE.getInitialColor();

		PDColorSpace fillSpace = PDDeviceGray.INSTANCE;

		PDColor fill = PDDeviceGray.INSTANCE.getInitialColor();

		State copy() {
			State s = new State();
			s.ctm = ctm.clone();
			s.transform = transform;
			s.strokeSpace = strokeSpace;
			s.stroke = stroke;
			s.fillSpace = fillSpace;
			s.fill = fill;
			return s;
		}

		AffineTransform transform() {
			if (transform == null) {
				transform = ctm.createAffineTransform();
			}
			return transform;
		}
	}

	private FastGraphicsScanner(GraphicsCollector out) {
		this.out = out;
	}

	/**
	 * Feeds the page's graphics to {@code out}. Returns false, or throws, when the page needs
	 * PDFBox's engine instead; {@code out} must then be reset.
	 */
	static boolean scan(PDPage page, GraphicsCollector out) throws IOException {
		PDResources resources = page.getResources();
		if (hasType3Font(resources)) {
			return false;
		}
		FastGraphicsScanner scanner = new FastGraphicsScanner(out);
		scanner.resources = resources == null ? new PDResources() : resources;
		if (!page.hasContents()) {
			return true;
		}
		byte[] content = pageBytes(page);
		if (content == null) {
			return false;
		}
		scanner.run(content);
		return true;
	}

	/**
	 * The page's content streams, decoded and joined (tokens never span two streams), or null when
	 * they decode to more than {@link #MAX_CONTENT} bytes: PDFBox's engine streams such content
	 * instead of holding it in memory.
	 */
	private static byte[] pageBytes(PDPage page) throws IOException {
		Iterator<PDStream> streams = page.getContentStreams();
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		while (streams.hasNext()) {
			if (joined.size() > 0) {
				joined.write('\n');
			}
			try (InputStream in = streams.next().createInputStream()) {
				if (!copy(in, joined)) {
					return null;
				}
			}
		}
		return joined.toByteArray();
	}

	private static byte[] streamBytes(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		return copy(in, out) ? out.toByteArray() : null;
	}

	/** Copies until the end or until {@code out} would exceed {@link #MAX_CONTENT}; false then. */
	private static boolean copy(InputStream in, ByteArrayOutputStream out) throws IOException {
		byte[] buffer = new byte[16 * 1024];
		int n;
		while ((n = in.read(buffer)) > 0) {
			if (out.size() + n > MAX_CONTENT) {
				return false;
			}
			out.write(buffer, 0, n);
		}
		return true;
	}

	private static boolean hasType3Font(PDResources resources) {
		if (resources == null) {
			return false;
		}
		COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
		if (fonts == null) {
			return false;
		}
		for (COSBase value : fonts.getValues()) {
			COSBase font = value instanceof COSObject o ? o.getObject() : value;
			if (font instanceof COSDictionary d && TYPE3.equals(d.getCOSName(COSName.SUBTYPE))) {
				return true;
			}
		}
		return false;
	}

	// ---------------------------------------------------------------------------------- lexer

	private void run(byte[] content) throws IOException {
		byte[] savedData = data;
		int savedPos = pos;
		data = content;
		pos = 0;
		count = 0;
		try {
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
					while (pos < n && isRegular(data[pos] & 0xff)) {
						pos++;
					}
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
					while (pos < n && isRegular(data[pos] & 0xff)) {
						pos++;
					}
					operand(NUMBER, start, pos);
				}
				else if (c == ']' || c == '>' || c == ')' || c == '{' || c == '}') {
					throw new Unsupported("unbalanced " + (char) c);
				}
				else {
					int start = pos;
					while (pos < n && isRegular(data[pos] & 0xff)) {
						pos++;
					}
					operator(start, pos);
					count = 0;
				}
			}
		}
		finally {
			data = savedData;
			pos = savedPos;
		}
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

	// ---------------------------------------------------------------------------------- operands

	private float number(int i) {
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

	private COSName name(int i) {
		if (i >= count || kinds[i] != NAME) {
			throw new Unsupported("operand " + i + " is no name");
		}
		String text = new String(data, starts[i], ends[i] - starts[i], StandardCharsets.ISO_8859_1);
		if (text.indexOf('#') >= 0) {
			throw new Unsupported("name with # escapes"); // PDFBox decodes them; leave it to PDFBox
		}
		return COSName.getPDFName(text);
	}

	private void expect(int n) {
		if (count != n) {
			throw new Unsupported("expected " + n + " operands, got " + count);
		}
	}

	private Point2D.Float transformed(float x, float y) {
		float[] position = { x, y };
		state.transform().transform(position, 0, position, 0, 1);
		return new Point2D.Float(position[0], position[1]);
	}

	// ---------------------------------------------------------------------------------- operators

	private void operator(int start, int end) throws IOException {
		int length = end - start;
		if (length > 3) {
			return; // BDC, EMC, BMC and other long operators are all irrelevant here
		}
		int c0 = data[start];
		int c1 = length > 1 ? data[start + 1] : 0;
		int c2 = length > 2 ? data[start + 2] : 0;
		if (length == 1) {
			switch (c0) {
				case 'q' -> {
					stack.push(state);
					state = state.copy();
				}
				case 'Q' -> {
					if (!stack.isEmpty()) {
						state = stack.pop();
					}
				}
				case 'm' -> {
					expect(2);
					Point2D.Float p = transformed(number(0), number(1));
					out.moveTo(p.x, p.y);
				}
				case 'l' -> {
					expect(2);
					Point2D.Float p = transformed(number(0), number(1));
					out.lineTo(p.x, p.y);
				}
				case 'c' -> {
					expect(6);
					Point2D.Float a = transformed(number(0), number(1));
					Point2D.Float b = transformed(number(2), number(3));
					Point2D.Float p = transformed(number(4), number(5));
					out.curveTo(a.x, a.y, b.x, b.y, p.x, p.y);
				}
				case 'v' -> {
					expect(4);
					Point2D current = out.getCurrentPoint();
					Point2D.Float b = transformed(number(0), number(1));
					Point2D.Float p = transformed(number(2), number(3));
					out.curveTo((float) current.getX(), (float) current.getY(), b.x, b.y, p.x, p.y);
				}
				case 'y' -> {
					expect(4);
					Point2D.Float a = transformed(number(0), number(1));
					Point2D.Float p = transformed(number(2), number(3));
					out.curveTo(a.x, a.y, p.x, p.y, p.x, p.y);
				}
				case 'h' -> out.closePath();
				case 'S' -> out.stroke(state.stroke);
				case 's' -> {
					out.closePath();
					out.stroke(state.stroke);
				}
				case 'f', 'F', 'B' -> out.fill(state.fill);
				case 'b' -> {
					out.closePath();
					out.fill(state.fill);
				}
				case 'n' -> out.endPath();
				case 'W' -> {
				}
				case 'g' -> {
					expect(1);
					state.fillSpace = resources.getColorSpace(COSName.DEVICEGRAY);
					state.fill = colour(state.fillSpace);
				}
				case 'G' -> {
					expect(1);
					state.strokeSpace = resources.getColorSpace(COSName.DEVICEGRAY);
					state.stroke = colour(state.strokeSpace);
				}
				case 'k' -> {
					expect(4);
					state.fillSpace = resources.getColorSpace(COSName.DEVICECMYK);
					state.fill = colour(state.fillSpace);
				}
				case 'K' -> {
					expect(4);
					state.strokeSpace = resources.getColorSpace(COSName.DEVICECMYK);
					state.stroke = colour(state.strokeSpace);
				}
				default -> {
				}
			}
			return;
		}
		if (length == 2) {
			if (c0 == 'c' && c1 == 'm') {
				expect(6);
				Matrix m = new Matrix(number(0), number(1), number(2), number(3), number(4), number(5));
				state.ctm.concatenate(m);
				state.transform = null;
			}
			else if (c0 == 'r' && c1 == 'e') {
				expect(4);
				float x = number(0);
				float y = number(1);
				float w = number(2);
				float h = number(3);
				float x2 = w + x;
				float y2 = h + y;
				out.appendRectangle(transformed(x, y), transformed(x2, y), transformed(x2, y2), transformed(x, y2));
			}
			else if ((c0 == 'f' || c0 == 'B') && c1 == '*') {
				out.fill(state.fill);
			}
			else if (c0 == 'b' && c1 == '*') {
				out.closePath();
				out.fill(state.fill);
			}
			else if (c0 == 'r' && c1 == 'g') {
				expect(3);
				state.fillSpace = resources.getColorSpace(COSName.DEVICERGB);
				state.fill = colour(state.fillSpace);
			}
			else if (c0 == 'R' && c1 == 'G') {
				expect(3);
				state.strokeSpace = resources.getColorSpace(COSName.DEVICERGB);
				state.stroke = colour(state.strokeSpace);
			}
			else if (c0 == 'c' && c1 == 's') {
				expect(1);
				state.fillSpace = resources.getColorSpace(name(0));
				state.fill = state.fillSpace.getInitialColor();
			}
			else if (c0 == 'C' && c1 == 'S') {
				expect(1);
				state.strokeSpace = resources.getColorSpace(name(0));
				state.stroke = state.strokeSpace.getInitialColor();
			}
			else if (c0 == 's' && c1 == 'c') {
				state.fill = colour(state.fillSpace);
			}
			else if (c0 == 'S' && c1 == 'C') {
				state.stroke = colour(state.strokeSpace);
			}
			else if (c0 == 'W' && c1 == '*') {
				// clipping does not matter here
			}
			else if (c0 == 'D' && c1 == 'o') {
				expect(1);
				drawObject(name(0));
			}
			else if (c0 == 'B' && c1 == 'I') {
				throw new Unsupported("inline image");
			}
			return;
		}
		if (c0 == 's' && c1 == 'c' && c2 == 'n') {
			state.fill = colour(state.fillSpace);
		}
		else if (c0 == 'S' && c1 == 'C' && c2 == 'N') {
			state.stroke = colour(state.strokeSpace);
		}
	}

	/** The colour the operands give in a colour space, as PDFBox's SetColor operator builds it. */
	private PDColor colour(PDColorSpace space) {
		if (space instanceof PDPattern) {
			// a pattern fill has no single colour; the collector skips such shapes
			return new PDColor(new float[0], space);
		}
		int n = space.getNumberOfComponents();
		if (count != n) {
			throw new Unsupported("colour with " + count + " operands for " + n + " components");
		}
		float[] components = new float[n];
		for (int i = 0; i < n; i++) {
			components[i] = number(i);
		}
		return new PDColor(components, space);
	}

	private void drawObject(COSName name) throws IOException {
		PDXObject xobject = resources.getXObject(name);
		if (xobject == null) {
			throw new Unsupported("missing XObject " + name.getName());
		}
		if (xobject instanceof PDImageXObject image) {
			out.image(image, state.ctm);
		}
		else if (xobject instanceof PDFormXObject form) {
			if (depth >= MAX_DEPTH) {
				throw new Unsupported("forms nested too deep");
			}
			if (form.getCOSObject().getLength() <= 0) {
				return;
			}
			PDResources formResources = form.getResources();
			if (hasType3Font(formResources)) {
				throw new Unsupported("Type 3 font in a form");
			}
			PDResources parentResources = resources;
			Deque<State> parentStack = new ArrayDeque<>(stack);
			State parentState = state;
			int parentCount = count;
			stack.clear();
			state = state.copy();
			state.ctm.concatenate(form.getMatrix());
			state.transform = null;
			if (formResources != null) {
				resources = formResources;
			}
			depth++;
			try (InputStream in = form.getCOSObject().createInputStream()) {
				byte[] content = streamBytes(in);
				if (content == null) {
					throw new Unsupported("form content too large");
				}
				run(content);
			}
			finally {
				depth--;
				resources = parentResources;
				state = parentState;
				stack.clear();
				stack.addAll(parentStack);
				count = parentCount;
			}
		}
	}
}
