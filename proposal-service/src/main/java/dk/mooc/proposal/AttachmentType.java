package dk.mooc.proposal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an application may carry. The declared media type must match the file name's extension
 * and the file's first bytes, so that a renamed executable is not accepted as a "PDF".
 */
public enum AttachmentType {
    PDF("application/pdf", new String[] {"pdf"}, new byte[] {'%', 'P', 'D', 'F'}),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new String[] {"docx"}, Magic.ZIP),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new String[] {"xlsx"}, Magic.ZIP),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", new String[] {"pptx"}, Magic.ZIP),
    PNG("image/png", new String[] {"png"}, new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
    JPEG("image/jpeg", new String[] {"jpg", "jpeg"}, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    TEXT("text/plain", new String[] {"txt"}, null),
    MARKDOWN("text/markdown", new String[] {"md"}, null);

    private static final class Magic {
        static final byte[] ZIP = {'P', 'K', 3, 4};
    }

    private final String mediaType;
    private final String[] extensions;
    private final byte[] magic;

    AttachmentType(String mediaType, String[] extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String base = mediaType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(base)).findFirst();
    }

    public boolean matchesExtension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(extensions).anyMatch(e -> lower.endsWith("." + e));
    }

    /** Whether the content starts like this type (text types: valid UTF-8 without NUL bytes). */
    public boolean matchesContent(byte[] content) {
        if (magic == null) {
            for (byte b : content) {
                if (b == 0) {
                    return false;
                }
            }
            return isUtf8(content);
        }
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] content) {
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.mediaType).toList());
    }
}
