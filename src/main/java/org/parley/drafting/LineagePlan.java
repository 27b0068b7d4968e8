package org.parley.drafting;

import org.parley.document.ChangeKind;
import org.parley.document.Paragraph;
import org.parley.document.ParagraphOrigin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which lineage each paragraph of a new version continues. A paragraph continues its predecessor's lineage;
 * of the halves of a split only the first does (the others start new lineages linked to it as SPLIT); a merge
 * continues its first predecessor's lineage. A lineage never appears twice in one version.
 */
final class LineagePlan {

    private LineagePlan() {
    }

    static List<ParagraphOrigin> plan(List<Paragraph> base, List<ProposedParagraph> proposed) {
        Map<Long, Paragraph> byId = new HashMap<>();
        base.forEach(p -> byId.put(p.id(), p));
        Set<UUID> used = new HashSet<>();
        List<ParagraphOrigin> origins = new ArrayList<>();
        for (ProposedParagraph paragraph : proposed) {
            List<Long> predecessors = paragraph.predecessorIds().stream().filter(byId::containsKey).toList();
            if (predecessors.isEmpty()) {
                origins.add(ParagraphOrigin.fresh());
                continue;
            }
            UUID lineage = byId.get(predecessors.get(0)).lineageId();
            origins.add(new ParagraphOrigin(predecessors, paragraph.change(), used.add(lineage) ? lineage : null));
        }
        return origins;
    }

    /** The kind of change implied by a (possibly corrected) mapping. */
    static ChangeKind kindOf(List<Long> predecessors, int sharers, boolean sameText, boolean movedBefore) {
        if (predecessors.isEmpty()) {
            return null;
        }
        if (predecessors.size() > 1) {
            return ChangeKind.MERGED;
        }
        if (sharers > 1) {
            return ChangeKind.SPLIT;
        }
        if (movedBefore) {
            return ChangeKind.MOVED;
        }
        return sameText ? ChangeKind.UNCHANGED : ChangeKind.EDITED;
    }
}
