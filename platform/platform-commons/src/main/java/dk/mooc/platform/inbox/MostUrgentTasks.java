package dk.mooc.platform.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * A person's task inbox answers its first tasks (the most urgent) and how many there are, whatever the number of
 * candidates: each service's inbox reads its candidates' keys, then works through them a chunk at a time, keeping only
 * the first {@code limit} tasks and a count, and lets the caller drop each chunk's entities before the next is read.
 * Reading every candidate at once held them all (and their milestones, rounds or members) in one persistence context:
 * an instructor with 10,000 productions ran production-service out of heap.
 */
public final class MostUrgentTasks {

    /** Candidates read and worked on at a time. */
    public static final int CHUNK = 250;

    private MostUrgentTasks() {
    }

    /** The first tasks in the inbox's order and how many tasks there are in all. */
    public record Selection<T>(List<T> first, int total) {
    }

    /**
     * @param candidates the keys of everything that may hold a task for the caller
     * @param tasksOf    the tasks of one chunk of candidates (at most {@link #CHUNK} keys)
     * @param afterChunk run after each chunk, e.g. to clear the persistence context so that its entities can go
     * @param order      the inbox's order, most urgent first
     * @param limit      how many tasks the answer lists
     */
    public static <K, T> Selection<T> select(List<K> candidates, Function<List<K>, Collection<T>> tasksOf,
                                             Runnable afterChunk, Comparator<T> order, int limit) {
        return select(List.of(), candidates, tasksOf, afterChunk, order, limit);
    }

    /** The same with tasks already known besides the candidates' (e.g. the MediaLab's studio requests). */
    public static <K, T> Selection<T> select(Collection<T> known, List<K> candidates,
                                             Function<List<K>, Collection<T>> tasksOf, Runnable afterChunk,
                                             Comparator<T> order, int limit) {
        // the worst of the kept tasks on top, to be dropped when a more urgent one comes
        PriorityQueue<T> kept = new PriorityQueue<>(limit + 1, order.reversed());
        int total = keep(known, kept, limit);
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            total += keep(tasksOf.apply(candidates.subList(from, Math.min(from + CHUNK, candidates.size()))), kept, limit);
            afterChunk.run();
        }
        List<T> first = new ArrayList<>(kept);
        first.sort(order);
        return new Selection<>(List.copyOf(first), total);
    }

    /** Adds the tasks to {@code kept}, keeping the {@code limit} most urgent; answers how many were added. */
    private static <T> int keep(Collection<T> tasks, PriorityQueue<T> kept, int limit) {
        for (T task : tasks) {
            kept.add(task);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        return tasks.size();
    }
}
