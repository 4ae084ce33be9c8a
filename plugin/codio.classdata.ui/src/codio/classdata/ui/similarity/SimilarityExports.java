package codio.classdata.ui.similarity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import codio.classdata.review.SimilarPair;
import codio.classdata.review.SimilarityCsv;
import codio.classdata.review.SimilarityHtmlReport;
import codio.classdata.ui.JobFamilies;

/**
 * The Codio Similarity view's exports as jobs: the CSV and the HTML report for colleagues, each written beside the
 * chosen file and moved into place by the core, so a failure or a cancel leaves no half-written file.
 */
final class SimilarityExports {

	private SimilarityExports() {
	}

	/** Writes the pairs as a CSV, one row per shared fragment. */
	static Job csv(List<SimilarPair> pairs, Path target) {
		return new ExportJob(target, monitor -> SimilarityCsv.write(pairs, target));
	}

	/** Writes the report of the pairs, reading their fragments' files from the projects compared. */
	static Job html(SimilarityResult result, List<SimilarPair> pairs, String scope, Path target) {
		return new ExportJob(target, monitor -> new SimilarityHtmlReport(result.projects(), pairs).scope(scope)
				.write(target, monitor));
	}

	/** What an export writes. */
	@FunctionalInterface
	private interface Writing {
		void write(IProgressMonitor monitor) throws IOException, InterruptedException;
	}

	/** An export in the background, shown in the Progress view; a failure is reported with what to do next. */
	private static final class ExportJob extends Job {

		private final Path target;
		private final Writing writing;

		ExportJob(Path target, Writing writing) {
			super(NLS.bind(SimilarityMessages.Export_job, target.getFileName()));
			this.target = target;
			this.writing = writing;
			setUser(true);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JobFamilies.SIMILARITY || family == JobFamilies.CODIO;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				writing.write(monitor);
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				return Status.CANCEL_STATUS;
			} catch (IOException e) {
				return Status.error(NLS.bind(SimilarityMessages.Export_failed, target, e.getMessage()), e);
			}
		}
	}
}
