package org.parseq.model;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataRoot;

/**
 * Creates the editing domain of one session: its data tree and the command stack through
 * which every edit of that tree goes, so that every edit can be undone.
 */
public final class DataEditing {

    /** The URI of the in-memory resource holding a session's data tree. */
    public static final URI SESSION_URI = URI.createURI("parseq:/session.data");

    private DataEditing() {
    }

    /**
     * A new editing domain holding an empty data tree. The command stack has no depth limit:
     * undo goes back to the start of the session.
     */
    public static AdapterFactoryEditingDomain newSession() {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain =
                new AdapterFactoryEditingDomain(adapterFactory, new HistoryCommandStack());
        Resource resource = new ResourceImpl(SESSION_URI);
        resource.getContents().add(DataFactory.eINSTANCE.createDataRoot());
        domain.getResourceSet().getResources().add(resource);
        return domain;
    }

    /** The data tree of a domain made by {@link #newSession()}. */
    public static DataRoot root(AdapterFactoryEditingDomain domain) {
        Resource resource = domain.getResourceSet().getResource(SESSION_URI, false);
        if (resource == null || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof DataRoot root)) {
            throw new IllegalArgumentException("the editing domain holds no ParSeq data tree");
        }
        return root;
    }
}
