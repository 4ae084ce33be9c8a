package codio.classdata.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** C++ sources with a Makefile that builds {@code main} from every {@code .cpp} file. */
final class CppSources implements WorkspaceSources {

	private static final String[] UNIT_NAMES = { "list", "table", "buffer", "arena", "parser", "vector2",
			"matrix", "queue", "stack", "graph" };

	private final String assignmentName;

	CppSources(String assignmentName) {
		this.assignmentName = assignmentName;
	}

	@Override
	public String runCommand() {
		return "make && ./main";
	}

	@Override
	public String debuggerType() {
		return "GDB";
	}

	@Override
	public String debugCommand() {
		return "make CXXFLAGS='-g -O0' && gdb ./main";
	}

	@Override
	public List<WorkspaceFile> sources(int count, EmulatedUser author, SplittableRandom random) {
		List<WorkspaceFile> files = new ArrayList<>();
		files.add(WorkspaceFile.text("Makefile", """
				CXX = g++
				CXXFLAGS = -std=c++17 -Wall -O2

				main: $(patsubst %.cpp,%.o,$(wildcard *.cpp))
				\t$(CXX) $(CXXFLAGS) -o $@ $^

				clean:
				\trm -f *.o main
				"""));
		StringBuilder header = new StringBuilder("#pragma once\n\n");
		List<WorkspaceFile> units = new ArrayList<>();
		for (int i = 1; i < count; i++) {
			String name = UNIT_NAMES[(i - 1) % UNIT_NAMES.length]
					+ (i > UNIT_NAMES.length ? String.valueOf((i - 1) / UNIT_NAMES.length + 1) : "");
			header.append("int ").append(name).append("_step(int value);\n");
			units.add(WorkspaceFile.text(name + ".cpp", """
					#include "functions.h"

					int %s_step(int value) {
					    return value * %d + %d;
					}
					""".formatted(name, 1 + random.nextInt(9), random.nextInt(100))));
		}
		files.add(WorkspaceFile.text("functions.h", header.toString()));
		files.add(WorkspaceFile.text("main.cpp", """
				// %s
				#include <iostream>
				#include "functions.h"

				int main() {
				    int total = 0;
				    for (int i = 1; i <= %d; ++i) {
				        total += i;
				    }
				    std::cout << "%s: " << total << std::endl;
				    return 0;
				}
				""".formatted(WorkspaceSources.authorLine(assignmentName, author), 2 + random.nextInt(6),
				assignmentName)));
		files.addAll(units);
		return files;
	}

	@Override
	public WorkspaceFile guideTest() {
		return WorkspaceFile.text(".guides/secure/test.sh", """
				#!/bin/bash
				cd "$(dirname "$0")/../.." || exit 1
				make -s main || exit 1
				./main | grep -q '^%s: ' && echo "Well done!" || { echo "Expected a total"; exit 1; }
				""".formatted(assignmentName));
	}
}
