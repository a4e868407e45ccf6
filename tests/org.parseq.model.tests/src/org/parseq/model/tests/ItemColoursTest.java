package org.parseq.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.parseq.model.DataCommands;
import org.parseq.model.DataEditing;
import org.parseq.model.Elements;
import org.parseq.model.ItemColours;
import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataRoot;

class ItemColoursTest {

    private final AdapterFactoryEditingDomain domain = DataEditing.newSession();
    private final DataRoot root = DataEditing.root(domain);

    private List<DataItem> load(int count) {
        List<DataItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Elements.newItem("i" + i, "raw", "synthetic:seed=" + i, null, null));
        }
        domain.getCommandStack().execute(DataCommands.addItems(domain, root, root, items));
        return items;
    }

    @Test
    void itemsCycleThroughTenColoursAndAnOwnColourWins() {
        List<DataItem> items = load(12);
        assertEquals("#1f77b4", ItemColours.colourOf(items.get(0)));
        assertEquals("#ff7f0e", ItemColours.colourOf(items.get(1)));
        assertEquals("#1f77b4", ItemColours.colourOf(items.get(10)));
        domain.getCommandStack().execute(DataCommands.setColour(domain, items.get(1), "#000000"));
        assertEquals("#000000", ItemColours.colourOf(items.get(1)));
    }

    @Test
    void groupsColourTheirMembersIndividuallyOrAsAGradient() {
        List<DataItem> items = load(3);
        domain.getCommandStack().execute(DataCommands.group(domain, root, items, "g"));
        DataGroup group = (DataGroup) root.getChildren().get(0);
        domain.getCommandStack().execute(DataCommands.setColour(domain, group, "#ff0000"));
        domain.getCommandStack().execute(DataCommands.setColourPolicy(domain, group, ColourPolicy.INDIVIDUAL));
        assertEquals("#ff0000", ItemColours.colourOf(items.get(2)));

        domain.getCommandStack().execute(DataCommands.setColourPolicy(domain, group, ColourPolicy.GRADIENT));
        group.setGradientEndColour("#0000ff");
        assertEquals("#ff0000", ItemColours.colourOf(items.get(0)));
        assertEquals("#0000ff", ItemColours.colourOf(items.get(2)));
        assertEquals("#00ff00", ItemColours.colourOf(items.get(1)), "half way from red to blue in hue is green");
    }

    @Test
    void anItemKeepsItsColourWhenItMovesOrIsGrouped() {
        List<DataItem> items = load(4);
        List<String> before = items.stream().map(ItemColours::colourOf).toList();
        assertEquals(4, before.stream().distinct().count());

        domain.getCommandStack().execute(DataCommands.move(domain, List.of(items.get(3)), root, 0));
        domain.getCommandStack().execute(DataCommands.group(domain, root, List.of(items.get(1), items.get(2)), "g"));
        domain.getCommandStack().execute(DataCommands.move(domain, List.of(items.get(0)),
                root.getChildren().get(1), 0));
        assertEquals(before, items.stream().map(ItemColours::colourOf).toList(), "moved and regrouped");

        List<DataItem> more = load(2);
        assertEquals(List.of(ItemColours.CYCLE.get(4), ItemColours.CYCLE.get(5)),
                more.stream().map(ItemColours::colourOf).toList(), "newly loaded items take the next colours");
        domain.getCommandStack().undo();
        domain.getCommandStack().undo();
        assertEquals(before, items.stream().map(ItemColours::colourOf).toList(), "after undo");
    }

    @Test
    void itemsWithoutAnIndexKeepTheColourOfTheirPositionOnceAProjectIsRead() {
        List<DataItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            items.add(Elements.newItem("p" + i, "raw", "synthetic:seed=" + i, null, null));
        }
        root.getChildren().addAll(items);
        ItemColours.keepPositions(root);
        List<String> before = items.stream().map(ItemColours::colourOf).toList();
        assertEquals(ItemColours.CYCLE.subList(0, 3), before);
        domain.getCommandStack().execute(DataCommands.move(domain, List.of(items.get(2)), root, 0));
        assertEquals(before, items.stream().map(ItemColours::colourOf).toList());
    }
}
