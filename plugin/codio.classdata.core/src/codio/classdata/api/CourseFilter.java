package codio.classdata.api;

/** Which classes {@code courses_list} returns, through its {@code archived} query parameter. */
public enum CourseFilter {
	/** Classes not archived. */
	ACTIVE("false"),
	/** Archived classes only. */
	ARCHIVED("true"),
	/** Every class of the organisation. */
	ALL("");

	private final String queryValue;

	CourseFilter(String queryValue) {
		this.queryValue = queryValue;
	}

	String queryValue() {
		return queryValue;
	}
}
