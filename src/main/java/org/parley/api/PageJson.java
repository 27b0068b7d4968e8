package org.parley.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** One page of a list: {@code items} from {@code page} (from 0) of {@code size}, out of {@code total}. */
record PageJson<T>(List<T> items, long total, int page, int size) {

    /** Query parameters {@code page} (from 0, default 0) and {@code size} (1 to 100, default 20). */
    record Request(@Min(0) Integer page, @Min(1) @Max(100) Integer size) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return size == null ? 20 : size;
        }

        <T> PageJson<T> of(List<T> all) {
            int from = (int) Math.min((long) pageOrFirst() * sizeOrDefault(), all.size());
            int to = Math.min(from + sizeOrDefault(), all.size());
            return new PageJson<>(List.copyOf(all.subList(from, to)), all.size(), pageOrFirst(), sizeOrDefault());
        }
    }
}
