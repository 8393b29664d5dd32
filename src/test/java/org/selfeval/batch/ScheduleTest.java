package org.selfeval.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static Clock at(String time) {
        return Clock.fixed(Instant.parse("2026-11-27T" + time + "Z"), ZoneOffset.UTC);
    }

    @Test
    void dailyWaitsForTheNextOccurrence() {
        Schedule nightly = new Schedule.Daily(LocalTime.of(2, 0));
        assertEquals(Duration.ofHours(4), nightly.untilNext(true, at("22:00:00")));
        assertEquals(Duration.ofMinutes(30), nightly.untilNext(false, at("01:30:00")));
        assertEquals(
                Duration.ofHours(24),
                nightly.untilNext(false, at("02:00:00")),
                "just ran: tomorrow");
    }

    @Test
    void onceRunsOneRoundAndWatchRepeats() {
        assertEquals(Duration.ZERO, new Schedule.Once().untilNext(true, at("10:00:00")));
        assertNull(new Schedule.Once().untilNext(false, at("10:00:00")));
        Schedule watch = new Schedule.Watch(Duration.ofSeconds(60));
        assertEquals(Duration.ZERO, watch.untilNext(true, at("10:00:00")));
        assertEquals(Duration.ofSeconds(60), watch.untilNext(false, at("10:00:00")));
    }
}
