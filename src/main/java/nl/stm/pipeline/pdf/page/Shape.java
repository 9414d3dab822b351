package nl.stm.pipeline.pdf.page;

/**
 * A small graphic on a page, such as a coloured status icon: its box in page coordinates
 * (origin top-left), its colour as {@code #rrggbb}, and its form. Progress reports show an action's
 * status only this way, so the colour and form are what the legend is matched against.
 */
public record Shape(float x0, float y0, float x1, float y1, String colour, Form form) {

	/** How the shape was drawn: curved path (circle, ellipse), straight path (square, diamond), or image. */
	public enum Form {

		ROUND, ANGULAR, IMAGE

	}

	public float centerX() {
		return (x0 + x1) / 2;
	}

	public float centerY() {
		return (y0 + y1) / 2;
	}

	public float width() {
		return x1 - x0;
	}

	public float height() {
		return y1 - y0;
	}
}
