package nl.stm.pipeline.ops;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.TextResourceOrigin;
import org.springframework.util.unit.DataSize;

/**
 * A setting the application could not use, said in one line an operator can act on: the setting,
 * its value, the file (and line) or command-line argument it came from, and what is allowed, instead
 * of Spring's start-up failure report or a bare parser message ("Character a is neither a decimal
 * digit number…").
 */
record SettingError(String setting, String value, String from, String allowed, String reason) {

	/** The setting error somewhere in the causes of a failed start; null when the cause is no setting. */
	static SettingError in(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof BindException bind) {
				ConfigurationProperty property = bind.getProperty();
				Class<?> type = bind.getTarget().getType().resolve(Object.class);
				return new SettingError(bind.getName().toString(),
						property == null ? null : String.valueOf(property.getValue()),
						from(property == null ? bind.getOrigin() : property.getOrigin()), allowed(type),
						Launcher.rootMessage(bind));
			}
		}
		return null;
	}

	private static String from(Origin origin) {
		while (origin instanceof PropertySourceOrigin wrapper && wrapper.getOrigin() != null
				&& wrapper.getOrigin() != wrapper) {
			origin = wrapper.getOrigin();
		}
		if (origin instanceof TextResourceOrigin text && text.getResource() != null) {
			String file = text.getResource().getFilename();
			String where = text.getResource().getDescription().contains("jobs/") ? "jobs/" + file : file;
			return text.getLocation() == null ? where : where + " line " + (text.getLocation().getLine() + 1);
		}
		return origin == null ? "defaults" : origin.toString().contains("commandLineArgs") ? "the command line"
				: origin.toString();
	}

	private static String allowed(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "a whole number, e.g. 2000";
		}
		if (type == BigDecimal.class || type == double.class || type == Double.class) {
			return "a number with a decimal point, e.g. 0.01";
		}
		if (type == Duration.class) {
			return "a duration, e.g. PT2M, 90s or 2m";
		}
		if (type == DataSize.class) {
			return "a size, e.g. 100MB or 256KB";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type.isEnum()) {
			return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		return "a " + type.getSimpleName();
	}

	/** The one line. */
	String line() {
		return "setting " + setting + (value == null ? "" : "='" + OneLine.of(value) + "'") + " (from " + from
				+ ") is not allowed: " + reason + "; allowed: " + allowed;
	}
}
