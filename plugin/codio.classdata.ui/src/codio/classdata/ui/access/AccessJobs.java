package codio.classdata.ui.access;

/** The job family of the Access Data editor's jobs (load, sort, filter, chart, export), for tests to join. */
public final class AccessJobs {

	public static final Object FAMILY = new Object() {
		@Override
		public String toString() {
			return "Codio access data";
		}
	};

	private AccessJobs() {
	}
}
