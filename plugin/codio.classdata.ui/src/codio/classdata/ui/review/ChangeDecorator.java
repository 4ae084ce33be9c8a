package codio.classdata.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProvider;

import codio.classdata.review.ChangeComparison;
import codio.classdata.review.FileChange;
import codio.classdata.review.StarterBaseline;
import codio.classdata.workspace.BuildOutput;

/**
 * Marks each file of a project with starter code as added, changed or unchanged against it, after its name.
 * Lightweight, so the platform calls it off the UI thread; it compares the file's bytes with the starter's.
 */
public final class ChangeDecorator extends LabelProvider implements ILightweightLabelDecorator {

	/** The decorator's id, to refresh it when starter code is attached. */
	public static final String ID = "codio.classdata.ui.changeDecorator";

	@Override
	public void decorate(Object element, IDecoration decoration) {
		kindOf(element).ifPresent(kind -> decoration.addSuffix(" [" + switch (kind) {
		case ADDED -> ReviewMessages.Decorator_added;
		case CHANGED -> ReviewMessages.Decorator_changed;
		default -> ReviewMessages.Decorator_unchanged;
		} + "]"));
	}

	/** What a file was found to be, for its modification stamp and baseline. */
	private record Known(long stamp, Path baseline, Optional<FileChange.Kind> kind) {
	}

	/**
	 * Filled by the decorator off the UI thread, so that the filter, which the viewer asks on the UI thread, mostly
	 * reads no file; an edit or another baseline makes an entry stale.
	 */
	private static final Map<IFile, Known> KNOWN = new ConcurrentHashMap<>();

	/** How a file stands against its project's starter code; empty when there is none or it is not the student's. */
	static Optional<FileChange.Kind> kindOf(Object element) {
		IFile file = Adapters.adapt(element, IFile.class);
		if (file == null || !file.getProject().isOpen() || file.getLocation() == null) {
			return Optional.empty();
		}
		Optional<Path> baseline = StarterBaseline.read(file.getProject());
		if (baseline.isEmpty()) {
			return Optional.empty();
		}
		long stamp = file.getModificationStamp();
		Known known = KNOWN.get(file);
		if (known != null && known.stamp() == stamp && known.baseline().equals(baseline.get())) {
			return known.kind();
		}
		try {
			List<String> outputs = BuildOutput.folders(file.getProject());
			Optional<FileChange.Kind> kind = ChangeComparison.kindOf(file.getProject().getLocation().toPath(),
					file.getProjectRelativePath().toString(), baseline.get(),
					path -> outputs.stream().anyMatch(path::startsWith));
			KNOWN.put(file, new Known(stamp, baseline.get(), kind));
			return kind;
		} catch (IOException | CoreException e) {
			return Optional.empty(); // a file that cannot be read now gets no mark; the next refresh tries again
		}
	}
}
