package org.w3id.rikg.server.sparql.guard;

/**
 * A string for {@link java.util.regex.Matcher} that ends the match when the query running on this thread
 * is over. Java's regular expressions backtrack and cannot be interrupted; a pattern like
 * {@code (.*a){12}b} takes exponential time. The matcher reads its input through {@link #charAt}, so
 * checking there (every few thousand reads) bounds any match by the query's deadline.
 */
final class GuardedChars implements CharSequence {

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final int start;
    private final int end;
    private final RunningQuery query;
    private int reads;

    private GuardedChars(String text, int start, int end, RunningQuery query) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.query = query;
    }

    /** The text, guarded by the query running on this thread; the plain text when there is none. */
    static CharSequence of(String text) {
        RunningQuery query = RunningQuery.current();
        return query == null ? text : new GuardedChars(text, 0, text.length(), query);
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            query.check();
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        return new GuardedChars(text, start + from, start + to, query);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }
}
