package codio.classdata.workspace;

import org.eclipse.core.resources.IProject;

/**
 * A project an import created.
 *
 * @param project   the open, configured project
 * @param stack     the stack it is configured for (also recorded in its preferences)
 * @param workspace the workspace it came from
 */
public record ImportedProject(IProject project, CodioStack stack, DiscoveredWorkspace workspace) {
}
