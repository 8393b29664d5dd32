package org.selfeval.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** When rounds run: once, every {@code interval} (--watch), or every day at a time (--daily-at). */
public sealed interface Schedule {

    /**
     * How long to wait before the next round, or null when there is none. {@code first} is true
     * before round one.
     */
    Duration untilNext(boolean first, Clock clock);

    record Once() implements Schedule {
        @Override
        public Duration untilNext(boolean first, Clock clock) {
            return first ? Duration.ZERO : null;
        }
    }

    record Watch(Duration interval) implements Schedule {
        @Override
        public Duration untilNext(boolean first, Clock clock) {
            return first ? Duration.ZERO : interval;
        }
    }

    record Daily(LocalTime at) implements Schedule {
        @Override
        public Duration untilNext(boolean first, Clock clock) {
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDateTime next = now.toLocalDate().atTime(at);
            if (!next.isAfter(now)) next = next.plusDays(1);
            return Duration.between(now, next);
        }
    }
}
