package codio.classdata.ui.wizards;

import codio.classdata.workspace.CodioStack;
import codio.classdata.workspace.DiscoveredWorkspace;
import codio.classdata.workspace.PlannedProject;
import codio.classdata.workspace.StackRecommendation;

/** One workspace in the import wizard: whether it is chosen, and the project and stack it becomes. */
final class ImportRow {

	final DiscoveredWorkspace workspace;
	final StackRecommendation recommendation;
	boolean selected = true;
	CodioStack stack;
	String projectName = "";
	/** A name typed by the user is kept when the template changes. */
	boolean nameTyped;

	ImportRow(DiscoveredWorkspace workspace, StackRecommendation recommendation) {
		this.workspace = workspace;
		this.recommendation = recommendation;
		this.stack = recommendation.stack();
	}

	boolean isRecommended(CodioStack candidate) {
		return candidate.id().equals(recommendation.stack().id());
	}

	PlannedProject plan() {
		return new PlannedProject(workspace, projectName, stack);
	}
}
