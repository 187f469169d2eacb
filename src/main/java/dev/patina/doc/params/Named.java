package dev.patina.doc.params;

/** An enum constant with the id it has in files and on the command line ("near-white"). */
public interface Named {
    String id();
}
