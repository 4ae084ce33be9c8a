package codio.classdata.ui;

/** Job families, so tests and the UI can join or cancel related jobs. */
public final class JobFamilies {

	/** Loading the classes list of the Codio Classes view. */
	public static final Object CLASSES_RELOAD = new Object() {
		@Override
		public String toString() {
			return "Codio classes reload";
		}
	};

	private JobFamilies() {
	}
}
