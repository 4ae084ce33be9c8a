package codio.classdata.ui.wizards;

import org.eclipse.osgi.util.NLS;

/** User-facing text of the import wizard. */
public final class WizardMessages extends NLS {

	private static final String BUNDLE_NAME = "codio.classdata.ui.wizards.messages";

	public static String ImportWizard_title;
	public static String SelectPage_title;
	public static String SelectPage_description;
	public static String SelectPage_input;
	public static String SelectPage_browseArchive;
	public static String SelectPage_browseFolder;
	public static String SelectPage_filter;
	public static String SelectPage_student;
	public static String SelectPage_assignment;
	public static String SelectPage_files;
	public static String SelectPage_size;
	public static String SelectPage_languages;
	public static String SelectPage_selectAll;
	public static String SelectPage_deselectAll;
	public static String SelectPage_count;
	public static String SelectPage_chooseInput;
	public static String SelectPage_missingInput;
	public static String SelectPage_scanFailed;
	public static String SelectPage_skipped;
	public static String SelectPage_skippedDetails;
	public static String SelectPage_noneSelected;
	public static String ConfigurePage_title;
	public static String ConfigurePage_description;
	public static String ConfigurePage_template;
	public static String ConfigurePage_templateHint;
	public static String ConfigurePage_unknownPlaceholder;
	public static String ConfigurePage_applyStack;
	public static String ConfigurePage_apply;
	public static String ConfigurePage_otherStack;
	public static String ConfigurePage_otherStackHint;
	public static String ConfigurePage_addStack;
	public static String ConfigurePage_stackNotFound;
	public static String ConfigurePage_stackResolved;
	public static String ConfigurePage_project;
	public static String ConfigurePage_stack;
	public static String ConfigurePage_why;
	public static String ConfigurePage_recommended;
	public static String ConfigurePage_workingSet;
	public static String ConfigurePage_sources;
	public static String ConfigurePage_sourcesTooltip;
	public static String ConfigurePage_sourcesHint;
	public static String ConfigurePage_browse;
	public static String ConfigurePage_sourcesMissing;
	public static String ConfigurePage_sourcesNotFound;
	public static String ConfigurePage_nameInvalid;
	public static String ConfigurePage_nameRepeated;
	public static String ConfigurePage_nameTaken;
	public static String ConfigurePage_summary;
	public static String ImportJob_name;
	public static String ImportJob_doneTitle;
	public static String ImportJob_doneText;
	public static String ImportJob_doneSkipped;
	public static String ImportJob_failed;
	public static String ImportJob_show;

	static {
		NLS.initializeMessages(BUNDLE_NAME, WizardMessages.class);
	}

	private WizardMessages() {
	}
}
