package codio.classdata.access;

/** What made a {@link Flag}. */
public enum FlagKind {
	/** One IP address used by several students within a short time. */
	SHARED_IP,
	/** One student active from many IP addresses within a short time. */
	MANY_IPS,
	/** A student active before the class started or after it ended. */
	OUTSIDE_CLASS_DATES
}
