package org.factorstudio.dsl.naming;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.factorstudio.model.Plans;
import org.factorstudio.model.study.AnalysisPlan;

/**
 * Names as written (a study is one flat namespace), and the unnamed {@code analysis { }} block is the plan
 * called {@value Plans#PRIMARY}, so that {@code analysis robustness extends primary} works with it too.
 */
public class StudyNameProvider extends SimpleNameProvider {

	@Override
	public QualifiedName getFullyQualifiedName(EObject element) {
		if (element instanceof AnalysisPlan plan) {
			return QualifiedName.create(Plans.name(plan));
		}
		return super.getFullyQualifiedName(element);
	}
}
