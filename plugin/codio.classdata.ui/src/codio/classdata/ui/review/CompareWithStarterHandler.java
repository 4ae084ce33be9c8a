package codio.classdata.ui.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.CompareUI;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.ResourceNode;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.handlers.HandlerUtil;

import codio.classdata.review.StarterBaseline;
import codio.classdata.workspace.CodioSettingsFile;

/**
 * Compare With > Starter Code: the student's file against the assignment's published version in Eclipse Compare
 * (with Java's structure compare where JDT's UI is present). The student's side stays editable.
 */
public final class CompareWithStarterHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
		if (file == null) {
			return null;
		}
		Optional<Path> baseline = StarterBaseline.read(file.getProject());
		if (baseline.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), ReviewMessages.Compare_noBaselineTitle,
					NLS.bind(ReviewMessages.Compare_noBaseline, file.getProject().getName()));
			return null;
		}
		Path starter = starterFile(baseline.get(), file);
		if (!Files.isRegularFile(starter)) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), ReviewMessages.Compare_noBaselineTitle,
					NLS.bind(ReviewMessages.Compare_notInStarter, file.getProjectRelativePath()));
			return null;
		}
		CompareUI.openCompareEditor(input(file, starter));
		return null;
	}

	/** The starter's version of a project file; Codio's settings file is kept as .settings.codio in projects. */
	static Path starterFile(Path baseline, IFile file) {
		String path = file.getProjectRelativePath().toString();
		return baseline.resolve(path.equals(CodioSettingsFile.MOVED_NAME) ? ".settings" : path);
	}

	/** The compare input: the student's file (left, editable) against the starter's (right, read-only). */
	public static CompareEditorInput input(IFile file, Path starter) {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(true);
		configuration.setRightEditable(false);
		configuration.setLeftLabel(file.getFullPath().toString());
		configuration.setRightLabel(NLS.bind(ReviewMessages.Compare_starter, starter));
		CompareEditorInput input = new CompareEditorInput(configuration) {
			@Override
			protected Object prepareInput(IProgressMonitor monitor)
					throws InvocationTargetException, InterruptedException {
				return new DiffNode(new ResourceNode(file), new StarterFile(starter, file.getFileExtension()));
			}

			@Override
			public void saveChanges(IProgressMonitor monitor) throws CoreException {
				super.saveChanges(monitor);
				flushViewers(monitor);
			}
		};
		input.setTitle(NLS.bind(ReviewMessages.Compare_title, file.getName(), file.getProject().getName()));
		return input;
	}

	/** A starter file as Compare reads it. */
	private record StarterFile(Path path, String extension) implements ITypedElement, IStreamContentAccessor {

		@Override
		public String getName() {
			return path.getFileName().toString();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return extension == null ? ITypedElement.UNKNOWN_TYPE : extension;
		}

		@Override
		public InputStream getContents() throws CoreException {
			try {
				return new ByteArrayInputStream(Files.readAllBytes(path));
			} catch (IOException e) {
				throw new CoreException(Status.error(e.getMessage(), e));
			}
		}
	}
}
