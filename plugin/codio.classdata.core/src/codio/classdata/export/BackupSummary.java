package codio.classdata.export;

import java.nio.file.Path;
import java.util.List;

import codio.classdata.api.ExportKind;

/**
 * The result of a {@link BackupOperation}: one outcome per class, in the order the classes were given.
 *
 * @param folder the folder the files are in
 * @param kind   the export kind backed up
 */
public record BackupSummary(Path folder, ExportKind kind, List<BackupOutcome> outcomes) {

	public BackupSummary {
		outcomes = List.copyOf(outcomes);
	}

	/** True when every class is in the folder (saved now or earlier); also for no classes at all. */
	public boolean allSucceeded() {
		return outcomes.stream().allMatch(BackupOutcome::succeeded);
	}

	public List<BackupOutcome> failed() {
		return outcomes.stream().filter(outcome -> !outcome.succeeded()).toList();
	}

	public long count(BackupOutcome.Status status) {
		return outcomes.stream().filter(outcome -> outcome.status() == status).count();
	}
}
