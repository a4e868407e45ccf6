package org.parseq.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A materialized product folder and how to start it without a native launcher. */
record ProductInstallation(Path home, Path launcherJar) {

    static ProductInstallation at(Path home) throws IOException {
        if (!Files.isDirectory(home.resolve("plugins"))) {
            throw new IllegalStateException("no materialized product at " + home.toAbsolutePath()
                    + ": build releng/org.parseq.product first");
        }
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            Path launcher = plugins
                    .filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no equinox launcher jar in " + home));
            return new ProductInstallation(home, launcher);
        }
    }

    Process start(List<String> vmArguments, List<String> programArguments, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(vmArguments);
        command.add("-jar");
        command.add(launcherJar.toString());
        command.addAll(programArguments);
        return new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }
}
