package dev.patina.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** What is wrong with a path given as an input file, in words a user recognises. */
public final class InputFiles {
    private InputFiles() {}

    /** Null when {@code file} is a regular file; else "no such file", "is a folder, not a file" or "is not a regular file". */
    public static String problem(Path file) {
        if (Files.isRegularFile(file)) return null;
        if (Files.isDirectory(file)) return "is a folder, not a file";
        if (Files.exists(file)) return "is not a regular file (a pipe or a device)";
        return "no such file";
    }

    /** Throws {@link InvalidFileException} naming the file when it is not a regular file. */
    public static void requireRegular(Path file) throws InvalidFileException {
        String problem = problem(file);
        if (problem != null) throw new InvalidFileException(file + ": " + problem);
    }
}
