package dev.patina.lint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Counts tokens the way CLIP's text encoder does (SD 1.x/2.x/SDXL): lowercase, the CLIP
 * pre-tokeniser regex, UTF-8 bytes mapped to printable chars, then byte-pair merges from OpenAI's
 * {@code bpe_simple_vocab_16e6.txt.gz} (MIT). Each token keeps its char span in the input so the
 * linter can show exactly where the 77-token window ends. ftfy repair and HTML unescaping are
 * skipped: they change nothing in ordinary prompts.
 */
public final class ClipTokenizer {
    /** CLIP's context: 77 positions, of which start and end tokens take two. */
    public static final int CONTEXT_LENGTH = 77;
    public static final int CONTENT_TOKENS = CONTEXT_LENGTH - 2;

    private static final String MERGES_RESOURCE = "bpe_simple_vocab_16e6.txt.gz";
    /** CLIP's vocabulary keeps the first 49152 - 256 - 2 merges of the file. */
    private static final int MERGE_COUNT = 49152 - 256 - 2;
    /**
     * Pre-tokens longer than this are merged in pieces: real prompts never have such words, and
     * byte-pair merging is quadratic in word length, which a garbage prompt would exploit.
     */
    private static final int MAX_PIECE = 256;
    private static final int CACHE_LIMIT = 100_000;
    private static final Pattern PRE_TOKEN = Pattern.compile(
            "'s|'t|'re|'ve|'m|'ll|'d|\\p{L}++|\\p{N}|[^\\s\\p{L}\\p{N}]++", Pattern.UNICODE_CHARACTER_CLASS);

    private static volatile ClipTokenizer shared;

    private final Map<String, Integer> mergeRank;
    private final char[] byteToChar = byteToUnicode();
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    private ClipTokenizer(Map<String, Integer> mergeRank) {
        this.mergeRank = mergeRank;
    }

    /** The tokenizer with the bundled merges, loaded once. */
    public static ClipTokenizer shared() {
        ClipTokenizer t = shared;
        if (t == null) {
            synchronized (ClipTokenizer.class) {
                t = shared;
                if (t == null) shared = t = load();
            }
        }
        return t;
    }

    private static ClipTokenizer load() {
        try (InputStream in = ClipTokenizer.class.getResourceAsStream(MERGES_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + MERGES_RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            r.readLine(); // "#version" header
            Map<String, Integer> ranks = new HashMap<>(MERGE_COUNT * 2);
            String line;
            while (ranks.size() < MERGE_COUNT && (line = r.readLine()) != null) {
                if (!line.isEmpty()) ranks.put(line, ranks.size());
            }
            return new ClipTokenizer(ranks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Token spans of a text: {@code spans[2k]} start and {@code spans[2k+1]} end of token k. */
    public record Tokens(int[] spans) {
        public int count() {
            return spans.length / 2;
        }

        public int start(int k) {
            return spans[2 * k];
        }

        public int end(int k) {
            return spans[2 * k + 1];
        }
    }

    /** Tokenises {@code text} (case is folded here); spans are char offsets into {@code text}. */
    public Tokens tokenize(CharSequence text) {
        String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != text.length()) lower = lowerCharByChar(text);
        List<Integer> spans = new ArrayList<>();
        Matcher m = PRE_TOKEN.matcher(lower);
        while (m.find()) {
            for (int s = m.start(); s < m.end(); ) {
                int e = Math.min(m.end(), s + MAX_PIECE);
                if (e < m.end() && Character.isHighSurrogate(lower.charAt(e - 1))) e--;
                addPiece(lower, s, e, spans);
                s = e;
            }
        }
        int[] out = new int[spans.size()];
        for (int i = 0; i < out.length; i++) out[i] = spans.get(i);
        return new Tokens(out);
    }

    public int count(CharSequence text) {
        return tokenize(text).count();
    }

    /** Keeps offsets aligned where full-string lowercasing would change the length (e.g. 'İ'). */
    private static String lowerCharByChar(CharSequence text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(text.charAt(i));
        return new String(c);
    }

    private void addPiece(String text, int s, int e, List<Integer> spans) {
        String piece = text.substring(s, e);
        int[] tokenBytes = cache.get(piece);
        if (tokenBytes == null) {
            tokenBytes = bytePairLengths(piece);
            if (cache.size() > CACHE_LIMIT) cache.clear();
            cache.put(piece, tokenBytes);
        }
        // walk chars and their UTF-8 byte lengths alongside the token byte lengths
        int ci = s;
        int byteInChar = 0;
        for (int len : tokenBytes) {
            int tokenStart = ci;
            int remaining = len;
            while (remaining > 0 && ci < e) {
                int cp = text.codePointAt(ci);
                int cpBytes = utf8Length(cp);
                int take = Math.min(remaining, cpBytes - byteInChar);
                remaining -= take;
                byteInChar += take;
                if (byteInChar == cpBytes) {
                    ci += Character.charCount(cp);
                    byteInChar = 0;
                }
            }
            spans.add(tokenStart);
            spans.add(Math.max(ci, tokenStart + (byteInChar > 0 ? 1 : 0)));
        }
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** Byte-pair merges of one pre-token; returns the byte length of each resulting token. */
    private int[] bytePairLengths(String piece) {
        byte[] bytes = piece.getBytes(StandardCharsets.UTF_8);
        List<String> symbols = new ArrayList<>(bytes.length);
        for (byte b : bytes) symbols.add(String.valueOf(byteToChar[b & 0xff]));
        int last = symbols.size() - 1;
        symbols.set(last, symbols.get(last) + "</w>");
        while (symbols.size() > 1) {
            int bestRank = Integer.MAX_VALUE;
            String bestFirst = null, bestSecond = null;
            for (int i = 0; i + 1 < symbols.size(); i++) {
                Integer rank = mergeRank.get(symbols.get(i) + " " + symbols.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    bestFirst = symbols.get(i);
                    bestSecond = symbols.get(i + 1);
                }
            }
            if (bestFirst == null) break;
            List<String> merged = new ArrayList<>(symbols.size());
            for (int i = 0; i < symbols.size(); i++) {
                if (i + 1 < symbols.size() && symbols.get(i).equals(bestFirst) && symbols.get(i + 1).equals(bestSecond)) {
                    merged.add(bestFirst + bestSecond);
                    i++;
                } else {
                    merged.add(symbols.get(i));
                }
            }
            symbols = merged;
        }
        int[] lengths = new int[symbols.size()];
        for (int i = 0; i < lengths.length; i++) {
            String sym = symbols.get(i);
            lengths[i] = sym.endsWith("</w>") ? sym.length() - 4 : sym.length();
        }
        return lengths;
    }

    /**
     * GPT-2/CLIP byte-to-char table: printable Latin-1 bytes map to themselves, the others to
     * chars from U+0100 on, so every byte is a visible char without whitespace.
     */
    private static char[] byteToUnicode() {
        char[] map = new char[256];
        boolean[] printable = new boolean[256];
        for (int b = '!'; b <= '~'; b++) printable[b] = true;
        for (int b = 0xA1; b <= 0xAC; b++) printable[b] = true;
        for (int b = 0xAE; b <= 0xFF; b++) printable[b] = true;
        int next = 0;
        for (int b = 0; b < 256; b++) map[b] = printable[b] ? (char) b : (char) (256 + next++);
        return map;
    }
}
