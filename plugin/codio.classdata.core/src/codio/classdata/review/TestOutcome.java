package codio.classdata.review;

/**
 * How one assessment went for one student's project.
 *
 * @param assessment the assessment
 * @param outcome    passed, failed, timed out, or not run here
 * @param points     the points earned
 * @param seconds    how long its commands ran
 * @param expected   for an output comparison, the expected output of the first run that differed; else ""
 * @param actual     that run's output (capped as Codio caps it); else the failing command's output
 * @param detail     one sentence on why it failed or was not run; "" when it passed
 */
public record TestOutcome(Assessment assessment, Outcome outcome, double points, double seconds, String expected,
		String actual, String detail) {

	/** The outcomes a test can have here. */
	public enum Outcome {
		PASSED, FAILED, TIMED_OUT, NOT_RUN
	}

	static TestOutcome notRun(Assessment assessment, String why) {
		return new TestOutcome(assessment, Outcome.NOT_RUN, 0, 0, "", "", why);
	}
}
