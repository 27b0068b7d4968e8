"""Writes goals_targets.{en,fr,es}.md from goals_targets_parallel_en_fr_es.jsonl: one Markdown document per
language, a section per goal (its short name), the goal's text as paragraph N and each target as paragraph N.x,
numbered as in the corpus so that the import keeps the official numbering. Run: python3 to_markdown.py"""
import json

TITLES = {"en": "Sustainable Development Goals and targets",
          "fr": "Objectifs de développement durable et cibles",
          "es": "Objetivos de Desarrollo Sostenible y metas"}
records = [json.loads(line) for line in open("goals_targets_parallel_en_fr_es.jsonl", encoding="utf-8")]
for lang, title in TITLES.items():
    out = ["# " + title, ""]
    for r in records:
        if r["type"] == "goal":
            out += ["## %s. %s" % (r["id"], r["short_" + lang]), "", "%s. %s" % (r["id"], r[lang]), ""]
        else:
            out += ["%s. %s" % (r["id"], r[lang]), ""]
    with open("goals_targets.%s.md" % lang, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
