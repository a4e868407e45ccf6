package org.parseq.model.pspj;

/**
 * Something in a {@code .pspj} that could not be taken over as it is. The project still opens;
 * the problem says what was left out or changed, and where.
 *
 * @param section the INI section (an item's or group's alias, {@code Root}, ...), empty if none
 * @param key     the key within the section, e.g. {@code dataFormat.dataSource[1]} or
 *                {@code line 12}; empty when the whole section is meant
 * @param message what is wrong and what was done about it
 */
public record PspjProblem(String section, String key, String message) {

    public PspjProblem {
        section = section == null ? "" : section;
        key = key == null ? "" : key;
    }

    /** "[section], key: message", the place as a user finds it in the file. */
    @Override
    public String toString() {
        String place = (section.isEmpty() ? "" : "[" + section + "]") + (key.isEmpty() ? "" : (section.isEmpty()
                ? "" : ", ") + "key " + key);
        return place.isEmpty() ? message : place + ": " + message;
    }
}
