package nl.stm.pipeline.ops;

/**
 * Settings that are each allowed but cannot be used together (remote workers on an embedded database
 * file): a setting error like a bad value, told in one line and exit status 2, not as a failed run.
 */
final class SettingConflict extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	SettingConflict(String message) {
		super(message);
	}
}
