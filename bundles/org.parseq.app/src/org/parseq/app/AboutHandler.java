package org.parseq.app;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.parseq.core.ProductInfo;

/** Help &gt; About: the product, its version and the runtime it runs on. */
public class AboutHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, ProductInfo productInfo) {
        MessageDialog.openInformation(shell, "About " + productInfo.name(), aboutText(productInfo));
    }

    static String aboutText(ProductInfo productInfo) {
        return productInfo.name() + " " + productInfo.version() + "\n\n"
                + "Parallel execution of sequential data analysis at synchrotron beamlines.\n"
                + "It follows the ideas and reproduces the numbers of the Python program ParSeq.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")\n"
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
