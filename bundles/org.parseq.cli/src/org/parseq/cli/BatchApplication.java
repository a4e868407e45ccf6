package org.parseq.cli;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Runs the command line inside an Eclipse or Equinox installation
 * ({@code -application org.parseq.cli.batch batch ...}), where pipelines come from the installed
 * bundles' extensions: how an existing Eclipse-based workbench with ParSeq's features installed
 * runs batches without a display.
 */
public final class BatchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] arguments = given instanceof String[] strings ? strings : new String[0];
        return ParseqCli.run(arguments, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    @Override
    public void stop() {
        // a batch ends by itself; there is nothing to interrupt from outside
    }
}
