package codio.classdata.access;

/** The width of an {@link ActivityHistogram}'s bars. */
public enum TimeStep {
	HOUR, DAY
}
