package org.parseq.workbench.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * Starts the product's real e4 workbench (E4Application with the product's application model,
 * lifecycle and CSS) in the test's thread, and returns when it closes.
 */
public final class WorkbenchRunner {

    private static final String PRODUCT_ID = "org.parseq.app.product";

    private WorkbenchRunner() {
    }

    public static Object run(List<String> arguments) throws Exception {
        Bundle e4 = Platform.getBundle("org.eclipse.e4.ui.workbench.swt");
        // E4Application is x-friends of a few platform bundles: reached by name, as an IApplication.
        IApplication application = (IApplication) e4
                .loadClass("org.eclipse.e4.ui.internal.workbench.swt.E4Application").getDeclaredConstructor()
                .newInstance();
        return application.start(new Context(arguments.toArray(String[]::new), productProperties()));
    }

    private static Map<String, String> productProperties() {
        Map<String, String> properties = new HashMap<>();
        IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products",
                PRODUCT_ID);
        if (product == null) {
            throw new IllegalStateException("the product extension " + PRODUCT_ID + " is not installed");
        }
        for (IConfigurationElement element : product.getConfigurationElements()) {
            for (IConfigurationElement property : element.getChildren("property")) {
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
            properties.put("name", element.getAttribute("name"));
        }
        return properties;
    }

    private record Context(String[] arguments, Map<String, String> branding) implements IApplicationContext {
        @Override
        public Map<String, Object> getArguments() {
            return Map.of(APPLICATION_ARGS, arguments);
        }

        @Override
        public void applicationRunning() {
        }

        @Override
        public String getBrandingApplication() {
            return "org.eclipse.e4.ui.workbench.swt.E4Application";
        }

        @Override
        public String getBrandingName() {
            return branding.get("name");
        }

        @Override
        public String getBrandingDescription() {
            return branding.get("name");
        }

        @Override
        public String getBrandingId() {
            return PRODUCT_ID;
        }

        @Override
        public String getBrandingProperty(String key) {
            return branding.get(key);
        }

        @Override
        public Bundle getBrandingBundle() {
            return Platform.getBundle("org.parseq.app");
        }

        @Override
        public void setResult(Object result, IApplication application) {
        }
    }
}
