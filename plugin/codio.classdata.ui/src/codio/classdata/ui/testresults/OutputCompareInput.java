package codio.classdata.ui.testresults;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import codio.classdata.review.TestOutcome;

/** A test's expected output against what the student's program printed, in Eclipse's text compare; read-only. */
final class OutputCompareInput extends CompareEditorInput {

	private final TestOutcome outcome;

	OutputCompareInput(String project, TestOutcome outcome) {
		super(configuration());
		this.outcome = outcome;
		setTitle(NLS.bind(ResultsMessages.Compare_title, outcome.assessment().name(), project));
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		configuration.setLeftLabel(ResultsMessages.Compare_actual);
		configuration.setRightLabel(ResultsMessages.Compare_expected);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		return new DiffNode(new Output(ResultsMessages.Compare_actual, outcome.actual()),
				new Output(ResultsMessages.Compare_expected, outcome.expected()));
	}

	/** One side: a text in memory. */
	private record Output(String name, String text) implements ITypedElement, IStreamContentAccessor {

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getName() {
			return name;
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
