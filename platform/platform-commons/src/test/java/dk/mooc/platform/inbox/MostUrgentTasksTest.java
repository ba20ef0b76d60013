package dk.mooc.platform.inbox;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MostUrgentTasksTest {

    /** A task: its candidate and how urgent it is (lower first). */
    record Task(int candidate, int urgency) {
    }

    private static final Comparator<Task> ORDER = Comparator.comparingInt(Task::urgency).thenComparingInt(Task::candidate);

    @Test
    void answersTheMostUrgentTasksAndHowManyThereAreReadingAChunkAtATime() {
        Random random = new Random(17);
        List<Integer> candidates = IntStream.range(0, 2_000).boxed().toList();
        // 0 to 2 tasks per candidate, urgencies in random order
        List<Task> all = new ArrayList<>();
        candidates.forEach(c -> IntStream.range(0, c % 3).forEach(i -> all.add(new Task(c, random.nextInt(10_000)))));
        List<List<Integer>> chunks = new ArrayList<>();
        int[] cleared = {0};

        MostUrgentTasks.Selection<Task> selection = MostUrgentTasks.select(candidates, chunk -> {
            chunks.add(List.copyOf(chunk));
            assertEquals(chunks.size() - 1, cleared[0], "each chunk is dropped before the next is read");
            return all.stream().filter(t -> chunk.contains(t.candidate())).toList();
        }, () -> cleared[0]++, ORDER, 200);

        assertEquals(all.size(), selection.total());
        assertEquals(all.stream().sorted(ORDER).limit(200).toList(), selection.first());
        assertEquals(8, chunks.size());
        assertTrue(chunks.stream().allMatch(c -> c.size() <= MostUrgentTasks.CHUNK));
        assertEquals(candidates, chunks.stream().flatMap(List::stream).toList(), "every candidate once, in order");
    }

    @Test
    void fewerTasksThanTheLimitAreAllAnswered() {
        List<Task> all = List.of(new Task(1, 5), new Task(2, 1), new Task(3, 3));
        MostUrgentTasks.Selection<Task> selection = MostUrgentTasks.select(List.of(1, 2, 3),
                chunk -> all.stream().filter(t -> chunk.contains(t.candidate())).toList(), () -> { }, ORDER, 200);
        assertEquals(List.of(new Task(2, 1), new Task(3, 3), new Task(1, 5)), selection.first());
        assertEquals(3, selection.total());
        assertEquals(new MostUrgentTasks.Selection<Task>(List.of(), 0), MostUrgentTasks.select(List.<Integer>of(),
                chunk -> List.<Task>of(), () -> { }, ORDER, 200));
    }
}
