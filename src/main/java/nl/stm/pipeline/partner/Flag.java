package nl.stm.pipeline.partner;

/** A warning on an accepted row: stored with the row and reported, never a reason to reject. */
public enum Flag {

	/** A negative amount: a correction, accepted as given. */
	NEGATIVE_AMOUNT,

	/** The title differs from the action's title in the latest letter. */
	TITLE_MISMATCH,

	/** Values under no header (beyond the header or under an empty header cell), kept aside. */
	EXTRA_VALUES

}
