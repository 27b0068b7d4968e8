package org.parley.drafting;

import java.util.List;

/** An editor's correction of the proposed mapping: paragraph {@code index} of the draft continues these. */
public record MappingCorrection(int index, List<Long> predecessorIds) {
}
