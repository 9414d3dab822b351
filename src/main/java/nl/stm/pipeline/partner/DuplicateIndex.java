package nl.stm.pipeline.partner;

import java.util.HashMap;
import java.util.Map;

/**
 * The rows of a file seen so far, by (organisation, period, action, budget year), to reject a
 * later row with the same key as {@code DUPLICATE_ROW}. Compact enough for a million rows in a
 * small heap: a key is one {@code long} in an open-addressing table, the value the line it was
 * first seen on. Seeing the same line again (a chunk processed again) is not a duplicate.
 */
final class DuplicateIndex {

	private final Map<String, Integer> organisationPeriods = new HashMap<>();

	private long[] keys = new long[1 << 10];

	private int[] lines = new int[1 << 10];

	private int size;

	/** The last organisation and period seen: rows come in runs of the same. */
	private String lastOrganisation;

	private String lastPeriod;

	private int lastId;

	/**
	 * Registers a row; returns the line of an earlier row with the same key, or 0 when this is the
	 * first (or the same line again).
	 */
	int register(String organisationKey, String period, int action, Integer year, int line) {
		long key = key(organisationKey, period, action, year);
		int mask = keys.length - 1;
		int slot = mix(key) & mask;
		while (lines[slot] != 0) {
			if (keys[slot] == key) {
				return lines[slot] == line ? 0 : lines[slot];
			}
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		lines[slot] = line;
		if (++size * 2 > keys.length) {
			grow();
		}
		return 0;
	}

	int size() {
		return size;
	}

	private long key(String organisationKey, String period, int action, Integer year) {
		int id;
		if (organisationKey.equals(lastOrganisation) && period.equals(lastPeriod)) {
			id = lastId;
		}
		else {
			String both = organisationKey + '\u0001' + period;
			Integer known = organisationPeriods.get(both);
			if (known == null) {
				known = organisationPeriods.size();
				organisationPeriods.put(both, known);
			}
			id = known;
			lastOrganisation = organisationKey;
			lastPeriod = period;
			lastId = id;
		}
		long yearPart = year == null ? 0 : (year - 1900) & 0xFF;
		return ((long) id << 32) | ((long) (action & 0xFFFFFF) << 8) | yearPart;
	}

	private static int mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldLines = lines;
		keys = new long[oldKeys.length * 2];
		lines = new int[oldLines.length * 2];
		int mask = keys.length - 1;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldLines[i] != 0) {
				int slot = mix(oldKeys[i]) & mask;
				while (lines[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = oldKeys[i];
				lines[slot] = oldLines[i];
			}
		}
	}
}
