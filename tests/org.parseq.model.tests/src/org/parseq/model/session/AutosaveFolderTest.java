package org.parseq.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveFolderTest {

    @TempDir
    Path folder;

    @Test
    void onlyCopiesOfProcessesThatAreGoneAreOfferedAndAdoptingOneMakesItOurs() throws Exception {
        AutosaveFolder autosaves = new AutosaveFolder(folder);
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long deadPid = finished.pid();
        long livePid = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(autosaves.fileOf(deadPid), "{}");
        Files.writeString(autosaves.fileOf(livePid), "{}");
        Files.writeString(autosaves.own(), "{}");
        Files.writeString(folder.resolve("notes.txt"), "not a copy");

        List<AutosaveFolder.Orphan> orphans = autosaves.orphans();
        assertEquals(List.of(deadPid), orphans.stream().map(AutosaveFolder.Orphan::pid).toList(),
                "another running workbench's copy and our own are not orphans");

        Files.writeString(autosaves.own(), "old");
        autosaves.adopt(orphans.get(0));
        assertEquals("{}", Files.readString(autosaves.own()));
        assertFalse(Files.exists(autosaves.fileOf(deadPid)));
        assertTrue(autosaves.orphans().isEmpty());
    }
}
