package org.parley.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** One page of a list: {@code items} from {@code page} (from 0) of {@code size}, out of {@code total}. */
record PageJson<T>(List<T> items, long total, int page, int size) {

    /** The largest page a call answers; a larger {@code size} is refused (422) naming the field. */
    static final int MAX_SIZE = 200;

    /** Query parameters {@code page} (from 0, default 0) and {@code size} (1 to {@value MAX_SIZE}, default 20). */
    record Request(@Parameter(description = "the page, from 0") @Min(0) Integer page,
                   @Parameter(description = "items per page, 1 to " + MAX_SIZE + " (default 20)")
                   @Min(1) @Max(MAX_SIZE) Integer size) {

        int pageOrFirst() {
            return page == null ? 0 : page;
        }

        int sizeOrDefault() {
            return sizeOr(20);
        }

        int sizeOr(int defaultSize) {
            return size == null ? defaultSize : size;
        }

        <T> PageJson<T> of(List<T> all) {
            int from = (int) Math.min((long) pageOrFirst() * sizeOrDefault(), all.size());
            int to = Math.min(from + sizeOrDefault(), all.size());
            return new PageJson<>(List.copyOf(all.subList(from, to)), all.size(), pageOrFirst(), sizeOrDefault());
        }
    }
}
