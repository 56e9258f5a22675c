import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        for (Path jar : jars) {
            store(jar);
        }
        System.out.println("StoredJars: " + jars.size() + " jars in " + args[0] + " rewritten with stored entries");
    }

    private static void store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try {
            copyStored(jar, stored);
            Files.move(stored, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(stored); // only left when the copy or the move failed
        }
    }

    private static void copyStored(Path jar, Path stored) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                OutputStream file = Files.newOutputStream(stored);
                ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(entry).readAllBytes();
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
        }
    }
}
