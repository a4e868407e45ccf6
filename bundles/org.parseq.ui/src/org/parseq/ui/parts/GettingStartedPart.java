package org.parseq.ui.parts;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What a new user sees before any data are loaded: what ParSeq does and what to do first.
 */
public class GettingStartedPart {

    static final String HEADING = "No data loaded yet";

    static final String[] FIRST_STEPS = {
        "1.  Load your spectra: column text, .fio, XDI, SPEC or HDF5/NeXus files.",
        "2.  Pick the node at which your data enter the pipeline and say which columns make each array.",
        "3.  Select items in the data tree and steer the transforms: every node's plots follow at once.",
        "4.  Every edit can be undone with Edit \u203a Undo (Ctrl+Z)."
    };

    private Composite content;

    @PostConstruct
    public void createControls(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        content = new Composite(parent, SWT.NONE);
        content.setLayout(new GridLayout(1, false));
        ((GridLayout) content.getLayout()).marginWidth = 24;
        ((GridLayout) content.getLayout()).marginHeight = 24;

        Label heading = new Label(content, SWT.NONE);
        heading.setText(HEADING);
        Font headingFont = resources.create(
                FontDescriptor.createFrom(JFaceResources.getHeaderFont()).increaseHeight(4));
        heading.setFont(headingFont);
        heading.setData("org.eclipse.e4.ui.css.id", "gettingStartedHeading");

        Label intro = new Label(content, SWT.WRAP);
        intro.setText("ParSeq runs a sequential analysis pipeline on many spectra in parallel.");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        for (String step : FIRST_STEPS) {
            Label stepLabel = new Label(content, SWT.WRAP);
            stepLabel.setText(step);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.horizontalIndent = 8;
            stepLabel.setLayoutData(data);
        }
    }

    @Focus
    public void setFocus() {
        content.setFocus();
    }
}
