import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar of a folder with its entries stored instead of deflated, the same entries in the same
 * order. The CLI's bundles' class loaders read each class from its jar on every run (even a class the class-data
 * archive holds: JDK 17 matches a custom loader's class by its bytes), and inflating them was about a tenth of
 * the bundled example's run (docs/benchmarks.md). Run by the build (the repository's pom) as a single-file
 * program: {@code java StoredJars.java FOLDER}.
 * <p>
 * A jar whose manifest says {@code Multi-Release: true} while its versioned part holds nothing but module
 * descriptors ({@code META-INF/versions/9/module-info.class}, which OSGi never loads: Guava, Gson, the Apache
 * Commons jars) loses that header. For a multi-release jar the framework asks, when it creates the bundle's class
 * loader, for the folder of every Java version from the running one down to 9, and each folder the jar does not
 * have costs a walk over all its entries: eight walks over Guava's 2,008 on Java 17, about 15 ms of every CLI run,
 * on the thread that sets the study language up. Jars with versioned classes or a versioned OSGi manifest (POI,
 * XMLBeans, the Log4j API) and signed jars are left multi-release.
 */
public final class StoredJars {

    private StoredJars() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            throw new IllegalArgumentException("usage: java StoredJars.java FOLDER (a folder of jars)");
        }
        // listed first, then rewritten: a folder changed while it is read may list a file twice or not at all
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> listed = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            listed.forEach(jars::add);
        }
        if (jars.isEmpty()) {
            throw new IllegalStateException("no jars in " + args[0] + ": the product's layout changed");
        }
        int singleReleased = 0;
        for (Path jar : jars) {
            if (store(jar)) {
                singleReleased++;
            }
        }
        System.out.println("StoredJars: " + jars.size() + " jars in " + args[0] + " rewritten with stored entries, "
                + singleReleased + " of them no longer multi-release (only module descriptors were versioned)");
    }


    /** @return whether the jar's {@code Multi-Release} header was dropped */
    private static boolean store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try {
            boolean singleReleased = copyStored(jar, stored);
            Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return singleReleased;
        } finally {
            Files.deleteIfExists(stored); // only left when the copy or the move failed
        }
    }

    private static boolean copyStored(Path jar, Path stored) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(stored);
                ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(ZipOutputStream.STORED);
            boolean dropMultiRelease = onlyModuleDescriptorsVersioned(in);
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(entry).readAllBytes();
                if (dropMultiRelease && entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    data = withoutMultiRelease(data);
                }
                // a stored entry's size and checksum go before its bytes
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(data.length);
                copy.setCompressedSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                copy.setCrc(crc.getValue());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
            return dropMultiRelease;
        }
    }

    /**
     * Whether the jar says it is multi-release but versions nothing except module descriptors, and is not signed (a
     * changed manifest would no longer match its signature).
     */
    private static boolean onlyModuleDescriptorsVersioned(ZipFile jar) throws IOException {
        ZipEntry manifestEntry = jar.getEntry(JarFile.MANIFEST_NAME);
        if (manifestEntry == null) {
            return false;
        }
        Manifest manifest = new Manifest(jar.getInputStream(manifestEntry));
        if (!"true".equalsIgnoreCase(manifest.getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE))) {
            return false;
        }
        for (ZipEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            boolean signature = name.startsWith("META-INF/") && name.indexOf('/', "META-INF/".length()) < 0
                    && (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC"));
            boolean versioned = name.startsWith("META-INF/versions/") && !entry.isDirectory()
                    && !name.matches("META-INF/versions/\\d+/module-info\\.class");
            if (signature || versioned) {
                return false;
            }
        }
        return true;
    }

    private static byte[] withoutMultiRelease(byte[] manifestBytes) throws IOException {
        Manifest manifest = new Manifest(new ByteArrayInputStream(manifestBytes));
        manifest.getMainAttributes().remove(Attributes.Name.MULTI_RELEASE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        manifest.write(bytes);
        return bytes.toByteArray();
    }
}
