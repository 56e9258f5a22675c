package org.factorstudio.report.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML report parsed as XML: the report is written as polyglot HTML (every element closed, every
 * attribute quoted, no named entities), so a strict XML parser reads it and any broken nesting or
 * unescaped text fails the parse.
 */
final class Html {

	private Html() {
	}

	static Document parse(String html) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(false);
			factory.setValidating(false);
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		} catch (Exception e) {
			throw new AssertionError("the HTML report is not well-formed: " + e.getMessage(), e);
		}
	}

	static List<Element> all(Node root, String tag) {
		NodeList nodes = root instanceof Document document ? document.getElementsByTagName(tag)
				: ((Element) root).getElementsByTagName(tag);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	static List<Element> withClass(Node root, String tag, String cssClass) {
		return all(root, tag).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
	}

	static Element byId(Document document, String id) {
		return all(document, "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
				.orElseThrow(() -> new AssertionError("no element with id " + id));
	}

	static Element table(Document document, String tableId) {
		Element holder = all(document, "div").stream().filter(e -> tableId.equals(e.getAttribute("data-table"))).findFirst()
				.orElseThrow(() -> new AssertionError("no table " + tableId + " in the HTML report"));
		List<Element> tables = all(holder, "table");
		if (tables.size() != 1) {
			throw new AssertionError("table " + tableId + " has " + tables.size() + " <table> elements");
		}
		return tables.get(0);
	}

	/** Body rows that hold data (not group headings). */
	static List<Element> dataRows(Element table) {
		Element body = all(table, "tbody").get(0);
		return all(body, "tr").stream().filter(tr -> !"group".equals(tr.getAttribute("class"))).toList();
	}
}
