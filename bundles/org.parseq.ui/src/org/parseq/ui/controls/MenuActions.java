package org.parseq.ui.controls;

import org.eclipse.jface.action.Action;

/** Context-menu entries that run a piece of code, for the menus the parts build as they open. */
public final class MenuActions {

    private MenuActions() {
    }

    public static Action of(String text, boolean enabled, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setEnabled(enabled);
        return action;
    }
}
