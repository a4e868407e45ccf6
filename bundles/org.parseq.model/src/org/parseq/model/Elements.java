package org.parseq.model;

import java.util.UUID;

import org.parseq.model.data.ColourPolicy;
import org.parseq.model.data.DataFactory;
import org.parseq.model.data.DataGroup;
import org.parseq.model.data.DataItem;
import org.parseq.model.data.DataSource;
import org.parseq.model.data.ParameterValue;

/** Makes new tree elements, each with its own stable id. Adding them to a tree is a command. */
public final class Elements {

    private Elements() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A data item read from a source, entering the pipeline at a node. */
    public static DataItem newItem(String alias, String entryNode, String location, String containerPath,
            String format) {
        DataItem item = DataFactory.eINSTANCE.createDataItem();
        item.setId(newId());
        item.setAlias(alias);
        item.setEntryNode(entryNode);
        DataSource source = DataFactory.eINSTANCE.createDataSource();
        source.setLocation(location);
        source.setContainerPath(containerPath);
        source.setFormat(format);
        item.setSource(source);
        return item;
    }

    public static DataGroup newGroup(String alias) {
        DataGroup group = DataFactory.eINSTANCE.createDataGroup();
        group.setId(newId());
        group.setAlias(alias);
        group.setColourPolicy(ColourPolicy.CYCLE);
        return group;
    }

    public static ParameterValue newParameter(String name, Object value) {
        ParameterValue parameter = DataFactory.eINSTANCE.createParameterValue();
        parameter.setName(name);
        parameter.setValue(value);
        return parameter;
    }
}
