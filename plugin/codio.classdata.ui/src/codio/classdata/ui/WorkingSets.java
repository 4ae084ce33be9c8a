package codio.classdata.ui;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IWorkingSet;
import org.eclipse.ui.IWorkingSetManager;
import org.eclipse.ui.PlatformUI;

/** Adds projects to a resource working set by name, creating it when missing. Call on the UI thread. */
public final class WorkingSets {

	private static final String RESOURCE_WORKING_SET_ID = "org.eclipse.ui.resourceWorkingSetPage";

	private WorkingSets() {
	}

	public static IWorkingSet add(String name, List<IProject> projects) {
		IWorkingSetManager manager = PlatformUI.getWorkbench().getWorkingSetManager();
		IWorkingSet set = manager.getWorkingSet(name);
		if (set == null) {
			set = manager.createWorkingSet(name, new IAdaptable[0]);
			set.setId(RESOURCE_WORKING_SET_ID);
			manager.addWorkingSet(set);
		}
		for (IProject project : projects) {
			manager.addToWorkingSets(project, new IWorkingSet[] { set });
		}
		return set;
	}
}
