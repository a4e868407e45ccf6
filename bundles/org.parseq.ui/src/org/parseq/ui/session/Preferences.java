package org.parseq.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * A user's choices that outlive a session, in {@code preferences.properties} of the user
 * folder ({@link UserSettings}); written atomically, an unreadable file reads as the defaults.
 */
public final class Preferences {

    private static final String NEW_ITEMS_TAKE_SELECTED = "newItems.takeSelectedParameters";
    private static final String LAST_DATA_FOLDER = "files.lastDataFolder";

    private final Path file;

    public Preferences(Path folder) {
        this.file = folder.resolve("preferences.properties");
    }

    public static Preferences ofUser() {
        return new Preferences(UserSettings.folder());
    }

    /**
     * Whether newly loaded items start with the parameters of the selected item (as in the
     * original, so that a series takes what was tuned on its first scan) rather than the defaults.
     */
    public boolean newItemsTakeSelectedParameters() {
        return !"false".equals(read().getProperty(NEW_ITEMS_TAKE_SELECTED));
    }

    public void setNewItemsTakeSelectedParameters(boolean take) throws IOException {
        Properties properties = read();
        properties.setProperty(NEW_ITEMS_TAKE_SELECTED, Boolean.toString(take));
        write(properties);
    }

    /** The folder data were last loaded from, if it still exists: where the file browser opens. */
    public java.util.Optional<Path> lastDataFolder() {
        String folder = read().getProperty(LAST_DATA_FOLDER);
        if (folder == null) {
            return java.util.Optional.empty();
        }
        try {
            Path path = Path.of(folder);
            return Files.isDirectory(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    public void setLastDataFolder(Path folder) throws IOException {
        Properties properties = read();
        properties.setProperty(LAST_DATA_FOLDER, folder.toAbsolutePath().toString());
        write(properties);
    }

    private void write(Properties properties) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".preferences", ".saving");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            properties.store(out, "ParSeq preferences");
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private Properties read() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                return new Properties();
            }
        }
        return properties;
    }
}
