package codio.classdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IWorkingSet;
import org.eclipse.ui.IWorkingSetManager;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import codio.classdata.workspace.WorkingSetRequests;

/** What {@code import --working-set} asked for happens when the IDE opens the workspace. */
class PendingWorkingSetsUiTest {

	private static final String SET = "Review of CS 101";

	@AfterEach
	void cleanUp() throws Exception {
		IWorkingSetManager manager = PlatformUI.getWorkbench().getWorkingSetManager();
		IWorkingSet set = manager.getWorkingSet(SET);
		if (set != null) {
			manager.removeWorkingSet(set);
		}
		for (String name : List.of("alice-Loops", "bob-Loops")) {
			ResourcesPlugin.getWorkspace().getRoot().getProject(name).delete(true, true, null);
		}
		WorkingSetRequests.remove(WorkingSetRequests.pending().keySet());
	}

	@Test
	void theProjectsJoinTheirWorkingSetAndTheRequestIsForgotten() throws Exception {
		IProject alice = ResourcesPlugin.getWorkspace().getRoot().getProject("alice-Loops");
		alice.create(null);
		alice.open(null);
		WorkingSetRequests.add(SET, List.of("alice-Loops", "bob-Loops")); // bob's project was deleted since

		PendingWorkingSets.apply();

		IWorkingSet set = PlatformUI.getWorkbench().getWorkingSetManager().getWorkingSet(SET);
		assertEquals(List.of(alice), Arrays.stream(set.getElements()).map(e -> e.getAdapter(IProject.class)).toList());
		assertEquals("org.eclipse.ui.resourceWorkingSetPage", set.getId());
		assertEquals(Map.of(), WorkingSetRequests.pending(), "carried out once, then forgotten");
	}
}
