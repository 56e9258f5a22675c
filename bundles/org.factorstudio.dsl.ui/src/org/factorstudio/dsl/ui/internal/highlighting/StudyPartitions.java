package org.factorstudio.dsl.ui.internal.highlighting;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Partitions a study into comments, strings and the rest, so that a change inside a multi-line
 * comment or string recolours all of it. Installed on every study document through
 * {@code org.eclipse.core.filebuffers.documentSetup}.
 */
public class StudyPartitions implements IDocumentSetupParticipant {

	public static final String PARTITIONING = "org.factorstudio.dsl.ui.partitioning";
	public static final String COMMENT = "__study_comment";
	public static final String STRING = "__study_string";
	public static final String[] TYPES = { IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING };

	@Override
	public void setup(IDocument document) {
		install(document);
	}

	/** Installs the study partitioner unless the document has it already. */
	public static void install(IDocument document) {
		if (!(document instanceof IDocumentExtension3 extension) || extension.getDocumentPartitioner(PARTITIONING) != null) {
			return;
		}
		IDocumentPartitioner partitioner = new FastPartitioner(scanner(), TYPES);
		partitioner.connect(document);
		extension.setDocumentPartitioner(PARTITIONING, partitioner);
	}

	private static RuleBasedPartitionScanner scanner() {
		Token comment = new Token(COMMENT);
		Token string = new Token(STRING);
		RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
		scanner.setPredicateRules(new IPredicateRule[] { new EndOfLineRule("//", comment),
				new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new MultiLineRule("\"", "\"", string, '\\', true), new MultiLineRule("'", "'", string, '\\', true) });
		return scanner;
	}
}
