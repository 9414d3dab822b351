package nl.stm.pipeline.pdf.page;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Reads printed amounts exactly. The letters mix conventions even within one table: "0,345"
 * (decimal comma), "2.5" (decimal point) and "1.165" (Dutch thousands dot). Unambiguous forms are
 * read as written; a lone dot followed by exactly three digits is decided per table, see
 * {@link #dotIsThousands(Unit, Collection)}.
 */
public final class AmountParser {

	private static final Pattern DASH = Pattern.compile("[-–—‒−]+");

	private static final Pattern COMMA_DECIMAL = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*,\\d+|-?\\d+,\\d+");

	private static final Pattern DOT_GROUPS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	private static final Pattern DOT_DECIMAL = Pattern.compile("-?\\d*\\.\\d+");

	private static final Pattern INTEGER = Pattern.compile("-?\\d+");

	private static final Pattern MINUS = Pattern.compile("^[−–—‒](?=[\\d.,])");

	private AmountParser() {
	}

	public static boolean isDash(String raw) {
		return DASH.matcher(raw.trim()).matches();
	}

	public static boolean isAmount(String raw) {
		String s = clean(raw);
		return isDash(s) || COMMA_DECIMAL.matcher(s).matches() || DOT_GROUPS.matcher(s).matches()
				|| DOT_DECIMAL.matcher(s).matches() || INTEGER.matcher(s).matches();
	}

	/**
	 * Whether "1.165" means 1165 in this table: no in a table in millions (amounts there are
	 * small and written with three decimals); yes when the table writes decimals with a comma; no
	 * when it writes other decimals with a point ("13.5"); otherwise yes, the Dutch convention.
	 */
	public static boolean dotIsThousands(Unit unit, Collection<String> rawCells) {
		if (unit == Unit.EUR_MLN) {
			return false;
		}
		boolean commaDecimals = false;
		boolean pointDecimals = false;
		for (String raw : rawCells) {
			String s = clean(raw);
			commaDecimals |= COMMA_DECIMAL.matcher(s).matches();
			pointDecimals |= DOT_DECIMAL.matcher(s).matches() && !DOT_GROUPS.matcher(s).matches();
		}
		return commaDecimals || !pointDecimals;
	}

	/** The number as printed (not yet multiplied by the unit); a dash is zero. */
	public static BigDecimal parse(String raw, boolean dotIsThousands) {
		String s = clean(raw);
		if (isDash(s)) {
			return BigDecimal.ZERO;
		}
		if (COMMA_DECIMAL.matcher(s).matches()) {
			return new BigDecimal(s.replace(".", "").replace(',', '.'));
		}
		if (DOT_GROUPS.matcher(s).matches() && (dotIsThousands || s.indexOf('.') != s.lastIndexOf('.'))) {
			return new BigDecimal(s.replace(".", ""));
		}
		if (DOT_DECIMAL.matcher(s).matches() || INTEGER.matcher(s).matches()) {
			return new BigDecimal(s.startsWith(".") ? "0" + s : s);
		}
		throw new NumberFormatException("not an amount: '" + raw + "'");
	}

	/** Euros for a printed amount in a unit, exact, without trailing zeros beyond cents. */
	public static BigDecimal euros(String raw, Unit unit, boolean dotIsThousands) {
		BigDecimal eur = parse(raw, dotIsThousands).multiply(unit.factor()).stripTrailingZeros();
		return eur.scale() < 0 ? eur.setScale(0) : eur;
	}

	/**
	 * Without euro sign and spaces (a thin or no-break space may group thousands); a minus sign,
	 * en dash or em dash directly before digits is a minus ("−5", "–10": budget cuts).
	 */
	private static String clean(String raw) {
		String s = raw.replace("€", "").replaceAll("[\\s\u00a0\u2007\u2009\u202f]", "");
		return MINUS.matcher(s).replaceFirst("-");
	}
}
