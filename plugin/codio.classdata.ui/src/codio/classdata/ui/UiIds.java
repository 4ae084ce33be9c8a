package codio.classdata.ui;

/** Ids of the views, pages and commands this bundle contributes (see plugin.xml). */
public final class UiIds {

	/** This bundle's symbolic name, the plug-in id of the statuses it reports. */
	public static final String BUNDLE = "codio.classdata.ui";
	public static final String CLASSES_VIEW = "codio.classdata.ui.views.classes";
	public static final String TEST_RESULTS_VIEW = "codio.classdata.ui.views.testResults";
	public static final String SIMILARITY_VIEW = "codio.classdata.ui.views.similarity";
	public static final String FIND_SIMILAR_COMMAND = "codio.classdata.ui.commands.findSimilarCode";
	public static final String REFRESH_FROM_EXPORT_COMMAND = "codio.classdata.ui.commands.refreshFromExport";
	public static final String PREFERENCE_PAGE = "codio.classdata.ui.preferences.codio";
	public static final String CATEGORY = "codio.classdata.ui.category";
	public static final String ACCESS_DATA_EDITOR = "codio.classdata.ui.editors.accessData";
	/** The context menu of the Access Data editor's Events table. */
	public static final String ACCESS_EVENTS_MENU = ACCESS_DATA_EDITOR + ".events";
	public static final String PERSPECTIVE = "codio.classdata.ui.perspective";

	private UiIds() {
	}
}
