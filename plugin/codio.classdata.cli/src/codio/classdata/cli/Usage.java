package codio.classdata.cli;

import java.util.List;
import java.util.Optional;

/**
 * The help texts: {@code codio-classdata --help} lists every command; {@code codio-classdata COMMAND --help} (or
 * {@code help COMMAND}) prints one command's usage, as git and gh do. Both come from the same entries.
 */
final class Usage {

	/** Where descriptions start in the list of commands. */
	private static final int DESCRIPTION_COLUMN = 27;

	/**
	 * One command.
	 *
	 * @param synopsis    the command and its options, one or more lines
	 * @param description what it does, one or more lines
	 */
	record Entry(String name, String synopsis, String description) {
	}

	static final List<Entry> COMMANDS = List.of(
			new Entry("classes", "classes [--archived]", """
					The organisation's classes (id, name, dates); --archived includes
					archived classes."""),
			new Entry("exports", "exports CLASS [--kind K]", """
					The class's active export links: kind, status, start, expiry, link."""),
			new Entry("export", "export CLASS [--kind K] [--assignments ID,...] [--wait] [--download DIR]", """
					Start an export (K: %s; default workdata);
					--wait waits for its link, --download also saves the file into DIR.""".formatted(ExportCommand.kinds())),
			new Entry("download", "download URL --dir DIR [--name NAME] [--keep-partial]", """
					Save an export link's file: resumable, atomic, never overwriting;
					a dropped connection is resumed up to 5 times; --keep-partial keeps the
					part of a download that gave up, for the next run to continue."""),
			new Entry("backup-all", "backup-all --dir DIR [--archived] [--kind K]", """
					Export every active class (--archived: every class) and save the files
					into DIR; a second run skips what is saved and retries the rest."""),
			new Entry("import", """
					import ARCHIVE|DIR [--stack ID|auto] [--name-template T] [--select GLOB] [--working-set NAME]
					       [--build]""", """
					Import the student workspaces of a Codio export, workspace archive or
					folder as projects of the workspace, each configured for its stack
					(auto: the recommended one); names from T (default {assignment}-{student},
					never reusing a taken name); --select keeps workspaces whose
					ASSIGNMENT/STUDENT matches GLOB; --working-set puts them in that working
					set when Eclipse next opens the workspace; --build builds them and prints
					each project's error and warning counts (exit 1 when any has errors)."""),
			new Entry("changes", "changes PROJECT [--sources ZIP|DIR]", """
					What the student of an imported project changed against the starter code
					of its assignment: one line per added, changed or deleted file with its
					lines added and removed. --sources is Codio's Course Sources export (one
					archive per assignment), that zip unpacked, or a folder with one folder
					per assignment; without it, the starter code attached in the IDE.
					Eclipse's metadata and build output are not counted."""),
			new Entry("test", "test [--select GLOB] [--sources ZIP|DIR] [--jobs N] [--timeout S]", """
					Run the assignments' auto-graded tests (Standard Code Tests, custom
					Advanced Code Tests) over the imported projects: one line per project and
					test with its outcome (passed, failed, timed-out, not-run), points and
					time. It runs student code on this machine, each test in a throw-away
					copy with a time limit. --sources: the Course Sources export, whose
					hidden .guides/secure files the tests need; --select keeps projects whose
					name or ASSIGNMENT/STUDENT matches GLOB; --jobs: projects at once
					(default: the cores); --timeout: one limit in seconds for every run."""),
			new Entry("similarity", "similarity [--select GLOB] [--sources ZIP|DIR] [--top N]", """
					Pairs of imported projects that share code that is not the starter code,
					highest score first (0-1: shared fingerprints over the smaller project's),
					each with its shared fragments (file and lines on both sides). Robust to
					renamed identifiers, changed comments, layout and literals and reordered
					methods; code of the starter (--sources: the Course Sources export, else
					the starter code attached in the IDE) and code most projects share never
					count. Hints for a person to look at, not a verdict. --top: pairs shown
					(default 20); --select as for test."""),
			new Entry("refresh", "refresh ARCHIVE [--select GLOB] [--keep-mine|--take-students] [--import-new]", """
					Bring the students' newer work of a newer export into the imported
					projects without losing your edits: each file is compared in three
					versions (as imported, as now, as exported). What only the student changed
					comes in, what only you changed stays, changes to different lines are
					merged. One line per project: updated, unchanged, conflicts N (left as it
					was: decide them in the IDE's Refresh from Export, or all one way with
					--keep-mine or --take-students), new (a student with no project yet;
					--import-new imports them), not in export. Exit 1 when conflicts remain.
					--select as for test."""),
			new Entry("codio-zip", "codio-zip PROJECT --out FILE", """
					Zip a project as Codio's project import takes it: the student's files as
					they came, Codio's .settings restored, Eclipse's metadata and build output
					left out unless the workspace had them. Never replaces a file (exit 5)."""),
			new Entry("access", "access CSV [--summary] [--flags [--class-dates START..END]] [--anonymise OUT [--salt-file FILE]]", """
					Analyse a User Access Data CSV (read locally, nothing is sent):
					--summary (the default) one line per student: login, name, last login,
					sessions, time in projects (%s: an open without a close, estimated),
					distinct IPs; --flags patterns worth a look (shared IP, many IPs, with
					--class-dates also activity outside those days); --anonymise writes the
					file with pseudonyms for people and IPs to OUT, never replacing a file
					(random pseudonyms each run; --salt-file keeps them the same across runs).""".formatted(AccessCommand.ESTIMATED)),
			new Entry("sign-in", "sign-in", """
					Check the key in CODIO_CLIENT_ID/CODIO_CLIENT_SECRET and keep it in the
					workspace (client id in its preferences, secret in Eclipse secure storage)."""));

	private static final String GLOBAL_OPTIONS = """
			Global options:
			  --domain DOMAIN          codio.com (default) or codio.co.uk
			  --api-url URL            explicit API base URL, e.g. http://127.0.0.1:8765/api/v1 (with --oauth-url)
			  --oauth-url URL          explicit OAuth base URL
			  --workspace DIR          the Eclipse workspace whose settings and secure storage to use
			  --json                   results as JSON
			  --quiet                  no progress or notes on stderr (errors still show)
			  --help                   this text; COMMAND --help: that command's usage

			Credentials: CODIO_CLIENT_ID and CODIO_CLIENT_SECRET, else those kept by sign-in. They are never printed.
			Exit codes: 0 ok, 1 partly failed, 2 usage, 3 authentication, 4 server or network, 5 bad input.
			""";

	private static final String CLASS_NOTE = "CLASS is a class id or its exact name.\n";

	private Usage() {
	}

	/** Every command, briefly, with the global options. */
	static String general() {
		StringBuilder text = new StringBuilder("Usage: codio-classdata [global options] COMMAND [command options]\n\n");
		text.append("Commands:\n");
		for (Entry entry : COMMANDS) {
			appendListed(text, entry);
		}
		return text.append('\n').append(CLASS_NOTE).append('\n').append(GLOBAL_OPTIONS).toString();
	}

	/** One command's usage, or empty when there is no such command. */
	static Optional<String> ofCommand(String name) {
		return COMMANDS.stream().filter(entry -> entry.name().equals(name)).findFirst().map(entry -> {
			StringBuilder text = new StringBuilder("Usage: codio-classdata [global options] ");
			text.append(entry.synopsis().replace("\n", "\n" + " ".repeat("codio-classdata [global options] ".length())))
					.append("\n\n").append(entry.description()).append("\n\n");
			if (entry.synopsis().contains("CLASS")) {
				text.append(CLASS_NOTE).append('\n');
			}
			return text.append(GLOBAL_OPTIONS).toString();
		});
	}

	private static void appendListed(StringBuilder text, Entry entry) {
		String indent = " ".repeat(DESCRIPTION_COLUMN);
		List<String> synopsis = entry.synopsis().lines().toList();
		List<String> description = entry.description().lines().toList();
		int first = 0;
		for (int i = 0; i < synopsis.size(); i++) {
			boolean last = i == synopsis.size() - 1;
			String line = "  " + synopsis.get(i);
			if (last && line.length() < DESCRIPTION_COLUMN - 1) {
				text.append(line).append(" ".repeat(DESCRIPTION_COLUMN - line.length())).append(description.get(0))
						.append('\n');
				first = 1;
			} else {
				text.append(line).append('\n');
			}
		}
		for (String line : description.subList(first, description.size())) {
			text.append(indent).append(line).append('\n');
		}
	}
}
