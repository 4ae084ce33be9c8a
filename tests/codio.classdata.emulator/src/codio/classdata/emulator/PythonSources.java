package codio.classdata.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Python 3 modules, and for Jupyter classes a notebook as well. */
final class PythonSources implements WorkspaceSources {

	private static final String[] MODULE_NAMES = { "analysis", "cleaning", "plots", "stats", "loader", "report",
			"features", "scoring", "summary", "charts" };

	private final String assignmentName;
	private final boolean withNotebook;

	PythonSources(String assignmentName, boolean withNotebook) {
		this.assignmentName = assignmentName;
		this.withNotebook = withNotebook;
	}

	@Override
	public String runCommand() {
		return "python3 main.py";
	}

	@Override
	public String debuggerType() {
		return "PYTHON3";
	}

	@Override
	public String debugCommand() {
		return "python3 -m pdb main.py";
	}

	@Override
	public List<WorkspaceFile> sources(int count, EmulatedUser author, SplittableRandom random) {
		List<WorkspaceFile> files = new ArrayList<>();
		files.add(WorkspaceFile.text("main.py", """
				# %s


				def total(limit):
				    return sum(range(1, limit + 1))


				if __name__ == "__main__":
				    print("%s:", total(%d))
				""".formatted(WorkspaceSources.authorLine(assignmentName, author), assignmentName,
				2 + random.nextInt(6))));
		int modules = count - 1;
		if (withNotebook && count > 1) {
			files.add(notebook(author));
			modules--;
		}
		for (int i = 0; i < modules; i++) {
			String name = MODULE_NAMES[i % MODULE_NAMES.length]
					+ (i >= MODULE_NAMES.length ? String.valueOf(i / MODULE_NAMES.length + 1) : "");
			files.add(WorkspaceFile.text(name + ".py", """
					\"\"\"%s for %s.\"\"\"

					WEIGHT = %d


					def scaled(values):
					    return [value * WEIGHT for value in values]
					""".formatted(name, assignmentName, 1 + random.nextInt(9))));
		}
		return files;
	}

	private WorkspaceFile notebook(EmulatedUser author) {
		String who = WorkspaceSources.authorLine(assignmentName, author);
		return WorkspaceFile.text("notebook.ipynb", """
				{
				 "cells": [
				  {
				   "cell_type": "markdown",
				   "metadata": {},
				   "source": ["# %s"]
				  },
				  {
				   "cell_type": "code",
				   "execution_count": 1,
				   "metadata": {},
				   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["%d\\n"]}],
				   "source": ["from main import total\\n", "print(total(%d))"]
				  }
				 ],
				 "metadata": {
				  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
				  "language_info": {"name": "python", "version": "3.10.12"}
				 },
				 "nbformat": 4,
				 "nbformat_minor": 5
				}
				""".formatted(JsonResponses.gson().toJson(who).replaceAll("^\"|\"$", ""), sum(7), 7));
	}

	private static int sum(int limit) {
		return limit * (limit + 1) / 2;
	}

	@Override
	public WorkspaceFile guideTest() {
		return WorkspaceFile.text(".guides/secure/test_main.py", """
				import subprocess


				def test_prints_the_total():
				    output = subprocess.run(["python3", "main.py"], capture_output=True, text=True).stdout
				    assert output.startswith("%s:")
				""".formatted(assignmentName));
	}
}
