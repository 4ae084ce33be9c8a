package codio.classdata.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A Node.js project: {@code package.json}, {@code index.js} and route modules. */
final class NodeSources implements WorkspaceSources {

	private static final String[] ROUTE_NAMES = { "users", "books", "orders", "search", "health", "events",
			"comments", "tags", "sessions", "files" };

	private final String assignmentName;

	NodeSources(String assignmentName) {
		this.assignmentName = assignmentName;
	}

	@Override
	public String runCommand() {
		return "node index.js";
	}

	@Override
	public String debuggerType() {
		return "NODE";
	}

	@Override
	public String debugCommand() {
		return "node --inspect-brk index.js";
	}

	@Override
	public List<WorkspaceFile> sources(int count, EmulatedUser author, SplittableRandom random) {
		List<WorkspaceFile> files = new ArrayList<>();
		String name = WorkspaceSources.slug(assignmentName);
		files.add(WorkspaceFile.text("package.json", """
				{
				  "name": "%s",
				  "version": "1.0.0",
				  "private": true,
				  "main": "index.js",
				  "scripts": {
				    "start": "node index.js",
				    "test": "node .guides/secure/test.js"
				  },
				  "dependencies": {
				    "express": "^4.19.2"
				  }
				}
				""".formatted(name)));
		StringBuilder requires = new StringBuilder();
		for (int i = 1; i < count; i++) {
			String route = ROUTE_NAMES[(i - 1) % ROUTE_NAMES.length]
					+ (i > ROUTE_NAMES.length ? String.valueOf((i - 1) / ROUTE_NAMES.length + 1) : "");
			requires.append("// routes/").append(route).append(".js serves /").append(route).append('\n');
			files.add(WorkspaceFile.text("routes/" + route + ".js", """
					module.exports = function %s(request, response) {
					  response.json({ route: "%s", limit: %d });
					};
					""".formatted(route, route, 10 + random.nextInt(90))));
		}
		files.add(1, WorkspaceFile.text("index.js", """
				// %s
				%s
				function total(limit) {
				  let sum = 0;
				  for (let i = 1; i <= limit; i++) {
				    sum += i;
				  }
				  return sum;
				}

				module.exports = { total };

				if (require.main === module) {
				  console.log("%s: " + total(%d));
				}
				""".formatted(WorkspaceSources.authorLine(assignmentName, author), requires, assignmentName,
				2 + random.nextInt(6))));
		return files;
	}

	@Override
	public WorkspaceFile guideTest() {
		return WorkspaceFile.text(".guides/secure/test.js", """
				const assert = require("assert");
				const { total } = require("../../index.js");

				assert.strictEqual(total(3), 6);
				console.log("Well done!");
				""");
	}
}
