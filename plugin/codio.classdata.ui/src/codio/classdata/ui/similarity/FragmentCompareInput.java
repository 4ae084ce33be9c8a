package codio.classdata.ui.similarity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

import codio.classdata.review.ReviewedProject;
import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarPair.Fragment;

/**
 * A shared fragment in Eclipse's Compare editor: project A's file on the left, B's on the right, read-only. A text
 * diff is the wrong tool here (a disguised copy differs on nearly every line), so the editor shows a
 * {@link FragmentViewer} instead: both files whole with line numbers, the fragment's lines highlighted and scrolled
 * into view, the pair's other fragments between the same two files in a lighter colour. The files are read in
 * {@link #prepareInput}, which the Compare editor runs in a job.
 */
final class FragmentCompareInput extends CompareEditorInput {

	private final ReviewedProject a;
	private final ReviewedProject b;
	private final SimilarPair pair;
	private final Fragment fragment;
	private FragmentViewer viewer;

	FragmentCompareInput(ReviewedProject a, ReviewedProject b, SimilarPair pair, Fragment fragment) {
		super(configuration());
		this.a = a;
		this.b = b;
		this.pair = pair;
		this.fragment = fragment;
		setTitle(NLS.bind(SimilarityMessages.Compare_title, new Object[] { pair.a(), pair.b(),
				pair.fragments().indexOf(fragment) + 1 }));
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(SimilarityMessages.Compare_tooltip, pair.a(), pair.b());
	}

	@Override
	public boolean canRunAsJob() {
		return true; // prepareInput reads two files: never on the UI thread
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		List<int[]> rangesA = new ArrayList<>();
		List<int[]> rangesB = new ArrayList<>();
		for (Fragment other : pair.fragments()) {
			if (other.fileA().equals(fragment.fileA()) && other.fileB().equals(fragment.fileB())) {
				rangesA.add(new int[] { other.firstLineA(), other.lastLineA() });
				rangesB.add(new int[] { other.firstLineB(), other.lastLineB() });
			}
		}
		Side left = Side.read(a, fragment.fileA(), fragment.firstLineA(), fragment.lastLineA(), rangesA);
		Side right = Side.read(b, fragment.fileB(), fragment.firstLineB(), fragment.lastLineB(), rangesB);
		getCompareConfiguration().setLeftLabel(left.label());
		getCompareConfiguration().setRightLabel(right.label());
		return new DiffNode(left, right);
	}

	@Override
	public Viewer findContentViewer(Viewer oldViewer, ICompareInput input, Composite parent) {
		viewer = oldViewer instanceof FragmentViewer reused ? reused : new FragmentViewer(parent);
		return viewer;
	}

	/** The viewer showing the files, once the editor made it; for tests. */
	FragmentViewer viewer() {
		return viewer;
	}

	/** The fragment shown; for tests. */
	Fragment fragment() {
		return fragment;
	}

	/**
	 * One side: a project's file as text, the fragment's lines (1-based, inclusive) and every shared range of it.
	 *
	 * @param problem why the file could not be read, or null
	 */
	record Side(String label, String text, int first, int last, List<int[]> shared, String problem)
			implements ITypedElement, IStreamContentAccessor {

		static Side read(ReviewedProject project, String file, int first, int last, List<int[]> shared) {
			String label = NLS.bind(SimilarityMessages.Compare_side, new Object[] { project.name(), file, first,
					last });
			Path folder = project.folder().toAbsolutePath().normalize();
			Path path = folder.resolve(file).normalize();
			try {
				if (!path.startsWith(folder)) {
					throw new IOException(file); // a fragment names its project's own files only
				}
				String text;
				try {
					text = Files.readString(path, StandardCharsets.UTF_8);
				} catch (MalformedInputException e) {
					text = Files.readString(path, StandardCharsets.ISO_8859_1); // as the comparison read it
				}
				return new Side(label, text, first, last, List.copyOf(shared), null);
			} catch (IOException e) {
				return new Side(label, "", first, last, List.of(), NLS.bind(SimilarityMessages.Compare_unreadable,
						e.getMessage() == null ? e.toString() : e.getMessage()));
			}
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getName() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}
	}
}
