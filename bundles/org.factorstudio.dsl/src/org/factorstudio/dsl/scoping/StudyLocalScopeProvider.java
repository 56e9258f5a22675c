package org.factorstudio.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * Scopes every cross-reference of a study to the elements of the referenced type declared in the
 * same file. Two studies in one workspace therefore never see each other's indicators, and a factor
 * may share its name with the index variable that measures it (references are typed).
 * <p>
 * The scope is built once per resource and type and cached until the resource changes: a study of
 * thousands of indicators links with one hash lookup per reference.
 */
public class StudyLocalScopeProvider implements IScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IQualifiedNameProvider nameProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Resource resource = context.eResource();
		if (resource == null) {
			return IScope.NULLSCOPE;
		}
		EClass type = reference.getEReferenceType();
		return cache.get(Tuples.pair(StudyLocalScopeProvider.class, type), resource,
				() -> MultimapBasedScope.createScope(IScope.NULLSCOPE, describe(resource, type), false));
	}

	private List<IEObjectDescription> describe(Resource resource, EClass type) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		TreeIterator<EObject> contents = resource.getAllContents();
		while (contents.hasNext()) {
			EObject element = contents.next();
			if (type.isInstance(element)) {
				QualifiedName name = nameProvider.getFullyQualifiedName(element);
				if (name != null) {
					descriptions.add(EObjectDescription.create(name, element));
				}
			}
		}
		return descriptions;
	}
}
