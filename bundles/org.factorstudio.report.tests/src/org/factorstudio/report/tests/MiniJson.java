package org.factorstudio.report.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON reader for the tests (objects as maps, arrays as lists, numbers as Double, literals
 * as Boolean or null). Strict on purpose: a report that is not valid JSON must fail the test.
 */
final class MiniJson {

	private final String text;
	private int at;

	private MiniJson(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		MiniJson json = new MiniJson(text);
		Object value = json.value();
		json.space();
		if (json.at != text.length()) {
			throw json.error("text after the value");
		}
		return value;
	}

	private Object value() {
		space();
		if (at >= text.length()) {
			throw error("unexpected end");
		}
		char c = text.charAt(at);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		at++;
		space();
		if (peek() == '}') {
			at++;
			return map;
		}
		while (true) {
			space();
			String key = string();
			space();
			expect(':');
			if (map.put(key, value()) != null) {
				throw error("duplicate key " + key);
			}
			space();
			char c = text.charAt(at++);
			if (c == '}') {
				return map;
			}
			if (c != ',') {
				throw error("expected , or }");
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		at++;
		space();
		if (peek() == ']') {
			at++;
			return list;
		}
		while (true) {
			list.add(value());
			space();
			char c = text.charAt(at++);
			if (c == ']') {
				return list;
			}
			if (c != ',') {
				throw error("expected , or ]");
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string");
			}
			if (c != '\\') {
				out.append(c);
				continue;
			}
			char e = text.charAt(at++);
			switch (e) {
			case '"', '\\', '/' -> out.append(e);
			case 'n' -> out.append('\n');
			case 'r' -> out.append('\r');
			case 't' -> out.append('\t');
			case 'b' -> out.append('\b');
			case 'f' -> out.append('\f');
			case 'u' -> {
				out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
				at += 4;
			}
			default -> throw error("bad escape \\" + e);
			}
		}
	}

	private Double number() {
		int start = at;
		while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
		String number = text.substring(start, at);
		if (!number.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
			throw error("bad number '" + number + "'");
		}
		return Double.valueOf(number);
	}

	private Object literal(String word, Object value) {
		if (!text.startsWith(word, at)) {
			throw error("expected " + word);
		}
		at += word.length();
		return value;
	}

	private void expect(char c) {
		if (peek() != c) {
			throw error("expected " + c);
		}
		at++;
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("invalid JSON at offset " + at + ": " + message);
	}
}
