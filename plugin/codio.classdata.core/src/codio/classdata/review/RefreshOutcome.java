package codio.classdata.review;

import org.eclipse.core.resources.IProject;

/**
 * What a refresh did to one project.
 *
 * @param project   the project
 * @param status    what happened
 * @param files     files written or deleted
 * @param conflicts conflicting files left undecided (the project was then left as it was)
 */
public record RefreshOutcome(IProject project, Status status, int files, int conflicts) {

	/** What happened to a project. */
	public enum Status {
		/** The student's newer work came in. */
		UPDATED,
		/** Nothing to bring in. */
		UNCHANGED,
		/** Conflicts are undecided: nothing was written to the project. */
		CONFLICTS,
		/** Not refreshed: the refresh was cancelled before this project. */
		CANCELLED
	}
}
