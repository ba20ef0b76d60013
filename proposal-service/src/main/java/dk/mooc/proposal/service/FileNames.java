package dk.mooc.proposal.service;

/** Normalises a file name a user sent before it is stored and shown to others. */
public final class FileNames {

    private FileNames() {
    }

    /**
     * Drops the bidirectional-text controls (embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks
     * U+200E, U+200F and U+061C): they change the order in which a name is displayed, so "invoice\u202Efdp.exe" would
     * read as "invoiceexe.pdf". Then replaces path separators and control characters with '_' and trims.
     */
    public static String clean(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isBidiControl(c)) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("[\\\\/\\p{Cntrl}]", "_").trim();
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
