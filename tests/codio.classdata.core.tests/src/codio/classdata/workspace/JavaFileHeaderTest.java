package codio.classdata.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaFileHeaderTest {

	@Test
	void thePackageAfterACommentedHeader() {
		assertEquals(new JavaFileHeader("com.example.x", TestFramework.NONE), JavaFileHeader.parse("""
				/*
				 * package not.this.one;
				 */
				// package nor.this;
				package com.example . x ;

				public class Main {}
				"""));
	}

	@Test
	void noPackageIsTheDefaultPackage() {
		assertEquals("", JavaFileHeader.parse("import java.util.List;\nclass A { String s = \"package x;\"; }\n")
				.packageName());
	}

	@Test
	void annotationsAndAByteOrderMarkBeforeThePackage() {
		assertEquals("com.example", JavaFileHeader.parse("\uFEFF@Deprecated(since = \"1\")\npackage com.example;\n")
				.packageName());
	}

	@Test
	void importsNameTheJUnit() {
		assertEquals(TestFramework.JUNIT5, JavaFileHeader.parse(
				"package a;\nimport static org.junit.jupiter.api.Assertions.*;\nimport org.junit.Test;\n").junit());
		assertEquals(TestFramework.JUNIT4, JavaFileHeader.parse("import static org.junit.Assert.assertEquals;\n").junit());
		assertEquals(TestFramework.JUNIT4, JavaFileHeader.parse("import junit.framework.TestCase;\n").junit());
		assertEquals(TestFramework.NONE, JavaFileHeader.parse("// uses org.junit.jupiter later\nclass A {}\n").junit());
	}
}
