package org.parley.export;

import com.sun.management.ThreadMXBean;
import org.parley.document.Document;
import org.parley.document.DocumentVersion;
import org.parley.document.Paragraph;
import org.parley.document.Section;
import org.parley.document.VersionStatus;
import org.parley.document.Visibility;
import org.parley.document.importing.DocumentParser;
import org.parley.document.importing.ParsedDocument;
import org.parley.document.importing.ParsedParagraph;
import org.parley.document.importing.ParsedSection;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Export time, size and memory for the largest corpus document (Code civil, livre Ier, 2015: 1,671 paragraphs,
 * 774 sections) as PDF and DOCX. The text is parsed from the corpus Markdown and held in memory as the export
 * service holds it after reading it from PostgreSQL, so the figures are the export itself (reading the version
 * from the database is not included). Per format: warm-up runs, then timed runs writing to a counting sink;
 * bytes allocated by the exporting thread (ThreadMXBean) and the peak of used heap during one run (heap pool
 * peaks reset after a GC just before it). Run by bench/export-benchmark.sh; arguments: corpus file, iterations.
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/corpus/fr-code-civil-versions/livre1-personnes_2015-03-31.md");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        VersionText text = versionText(corpus);
        System.out.printf("document: %s, %d paragraphs, %d sections; max heap %d MB; %d cores%n",
                corpus.getFileName(), text.paragraphs().size(), text.sections().size(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        run("PDF", out -> PdfExport.version(text, out), iterations);
        run("DOCX", out -> DocxExport.version(text, out), iterations);
        run("MD", out -> MarkdownExport.version(text, out), iterations);
    }

    private static void run(String name, Export.Body body, int iterations) throws IOException {
        for (int i = 0; i < 2; i++) {
            body.writeTo(OutputStream.nullOutputStream());
        }
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] millis = new long[iterations];
        long size = 0;
        long allocated = 0;
        long peak = 0;
        for (int i = 0; i < iterations; i++) {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long usedBefore = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            Counting out = new Counting();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            body.writeTo(out);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - usedBefore);
            size = out.count;
        }
        Arrays.sort(millis);
        System.out.printf("%-4s size %,d bytes; time median %,d ms, min %,d ms, max %,d ms (n=%d); "
                        + "allocated %,d MB per export; peak heap above baseline %,d MB%n", name, size,
                millis[millis.length / 2], millis[0], millis[millis.length - 1], iterations, allocated >> 20,
                peak >> 20);
    }

    /** The parsed corpus as stored paragraphs and sections (ids and ordinals as the database gives them). */
    static VersionText versionText(Path corpus) throws IOException {
        ParsedDocument parsed = new DocumentParser(10_000_000).parse(corpus.getFileName().toString(),
                Files.readAllBytes(corpus));
        Map<Integer, Integer> firstOrdinal = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < parsed.paragraphs().size(); i++) {
            ParsedParagraph p = parsed.paragraphs().get(i);
            if (p.sectionIndex() != null) {
                firstOrdinal.putIfAbsent(p.sectionIndex(), i + 1);
            }
            paragraphs.add(new Paragraph(10_000 + i, 1, p.sectionIndex() == null ? null : (long) p.sectionIndex(),
                    i + 1, p.number(), p.text(), UUID.randomUUID()));
        }
        List<Section> sections = new ArrayList<>();
        int next = paragraphs.size() + 1;
        for (int s = parsed.sections().size() - 1; s >= 0; s--) { // an empty section starts where the next does
            ParsedSection section = parsed.sections().get(s);
            next = firstOrdinal.getOrDefault(s, next);
            sections.add(0, new Section(s, section.parentIndex() == null ? null : (long) section.parentIndex(),
                    s + 1, section.level(), section.number(), section.heading(), next));
        }
        Document document = new Document(1, "code-civil", "Code civil, livre Ier", Visibility.PUBLIC, "fr");
        DocumentVersion version = new DocumentVersion(1, 1, 1, "2015", VersionStatus.PUBLISHED, null, null, "fr",
                null, null, paragraphs.size());
        return new VersionText(document, version, "fr", sections, paragraphs, new CoverLabels("Version 1 · 2015",
                "Published", "Exported on 26 November 2026", "Contents", "Exported from Parley", "Page",
                List.of(), "Not translated", "Translation outdated"), Map.of());
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
