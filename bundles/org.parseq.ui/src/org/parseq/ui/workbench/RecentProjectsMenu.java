package org.parseq.ui.workbench;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/** File &gt; Recent Projects: the projects opened or saved last. */
public class RecentProjectsMenu {

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, EModelService models) {
        List<Path> projects = RecentProjects.list();
        for (int i = 0; i < projects.size(); i++) {
            MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
            item.setLabel("&" + (i + 1) + " " + projects.get(i).getFileName() + "   (" + projects.get(i).getParent()
                    + ")");
            item.setContributionURI("bundleclass://org.parseq.ui/org.parseq.ui.workbench.OpenRecentProject");
            item.getTransientData().put(OpenRecentProject.PROJECT_KEY, projects.get(i));
            items.add(item);
        }
    }
}
