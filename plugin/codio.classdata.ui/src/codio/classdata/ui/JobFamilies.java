package codio.classdata.ui;

/** Job families, so tests and the UI can join or cancel related jobs. */
public final class JobFamilies {

	/** Every job of the plugin: loads, exports, downloads, imports. */
	public static final Object CODIO = family("Codio");
	/** Loading the classes list of the Codio Classes view. */
	public static final Object CLASSES_RELOAD = family("Codio classes reload");
	/** Loading one class's export links. */
	public static final Object LINKS_RELOAD = family("Codio export links reload");
	/** Exports being built and downloads running. */
	public static final Object TRANSFERS = family("Codio exports and downloads");

	/** Student workspaces being imported as projects. */
	public static final Object IMPORTS = family("Codio workspace imports");
	/** Assignment tests running over student projects. */
	public static final Object TEST_RUNS = family("Codio assignment test runs");
	/** Similarity searches over student projects, and the writing of their exports. */
	public static final Object SIMILARITY = family("Codio similarity searches");
	/** Refreshes of student projects from a newer export (and the import of its new students). */
	public static final Object REFRESHES = family("Codio refreshes from an export");

	private JobFamilies() {
	}

	private static Object family(String name) {
		return new Object() {
			@Override
			public String toString() {
				return name;
			}
		};
	}
}
