package codio.classdata.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

import codio.classdata.workspace.WorkingSetRequests;

/**
 * When the IDE opens a workspace, adds the projects that {@code codio-classdata import --working-set} made to their
 * working sets (see {@link WorkingSetRequests}). Projects deleted since are skipped.
 */
public final class PendingWorkingSets implements IStartup {

	@Override
	public void earlyStartup() {
		if (WorkingSetRequests.pending().isEmpty()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(PendingWorkingSets::apply);
	}

	/** Carries out every pending request; on the UI thread. */
	public static void apply() {
		Map<String, List<String>> pending = WorkingSetRequests.pending();
		for (Map.Entry<String, List<String>> request : pending.entrySet()) {
			List<IProject> projects = new ArrayList<>();
			for (String name : request.getValue()) {
				IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
				if (project.exists()) {
					projects.add(project);
				}
			}
			WorkingSets.add(request.getKey(), projects);
		}
		try {
			WorkingSetRequests.remove(pending.keySet());
		} catch (BackingStoreException e) {
			ILog.of(PendingWorkingSets.class).warn("Could not forget the carried-out working set requests", e);
		}
	}
}
