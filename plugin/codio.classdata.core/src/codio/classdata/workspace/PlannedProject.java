package codio.classdata.workspace;

/**
 * One workspace to import and how: the project it becomes and the stack it is configured for.
 *
 * @param workspace   the workspace found by the scan
 * @param projectName the new project's name; no project or folder of that name may exist
 * @param stack       the Codio stack it ran on, chosen by the user or recommended
 */
public record PlannedProject(DiscoveredWorkspace workspace, String projectName, CodioStack stack) {
}
