package org.parseq.tools.emfcodegen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of one bundle from its .genmodel, outside OSGi.
 *
 * <p>Usage: {@code GenerateModelCode <bundle directory> <genmodel path relative to it>}. The
 * genmodel refers to its bundle as {@code platform:/resource/<bundle name>/}; that prefix is
 * mapped to the bundle directory. The output folder named by the genmodel is emptied first,
 * so that code of removed classes never survives and no merge with old code is needed.
 */
public final class GenerateModelCode {

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateModelCode <bundle directory> <genmodel path relative to it>");
            System.exit(2);
        }
        File bundleDir = new File(args[0]).getCanonicalFile();
        GenModel genModel = loadGenModel(bundleDir, new File(bundleDir, args[1]));
        Path outputDir = bundleDir.toPath().getParent()
                .resolve(genModel.getModelDirectory().replaceFirst("^/", ""));
        deleteRecursively(outputDir);

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("EMF code generation failed: " + result);
        }
        System.out.println("Generated model code of " + genModel.getModelName() + " into " + outputDir);
    }

    private static GenModel loadGenModel(File bundleDir, File genModelFile) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put("genmodel", new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        URI bundleUri = URI.createPlatformResourceURI("/" + bundleDir.getName() + "/", false);
        URI parentUri = URI.createPlatformResourceURI("/", false);
        resourceSet.getURIConverter().getURIMap()
                .put(bundleUri, URI.createFileURI(bundleDir.getPath() + "/"));
        resourceSet.getURIConverter().getURIMap()
                .put(parentUri, URI.createFileURI(bundleDir.getParent() + "/"));
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE
                .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);

        Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.getPath()), true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setUpdateClasspath(false);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("Invalid genmodel " + genModelFile + ": " + diagnostic);
        }
        return genModel;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
