#!/usr/bin/env python3
"""Writes a corpus folder of small articles (ID.LANG.txt) for throughput benchmarks.

Usage: small-articles.py SHARED OUTDIR [--articles N]

Built from ../shared: each PUD dev excerpt (a few sentences) in English and two other
languages chosen in turn, and runs of five verses of the Bible gold (Ruth in English and
Spanish; the free translations in English and two others in turn), repeated under new ids
until there are N articles (default 10,000). Verses that are empty in a language are left out
of that edition, as real editions differ.
"""
import csv
import os
import sys

csv.field_size_limit(1 << 24)


def pud(shared):
    root = os.path.join(shared, "gold", "pud", "dev")
    for k, name in enumerate(sorted(os.listdir(root))):
        folder = os.path.join(root, name)
        languages = sorted(f[:-4] for f in os.listdir(folder) if f.endswith(".txt") and f != "en.txt")
        chosen = ["en", languages[k % len(languages)], languages[(k + 7) % len(languages)]]
        yield name, {lang: open(os.path.join(folder, lang + ".txt"), encoding="utf-8").read() for lang in chosen}


def bible(shared):
    root = os.path.join(shared, "gold", "bible")
    tables = [("ruth", os.path.join(root, "ruth", "gold.tsv"))]
    free = os.path.join(root, "free")
    tables += [(c, os.path.join(free, c, "gold.tsv")) for c in sorted(os.listdir(free))]
    k = 0
    for name, path in tables:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as table:
            rows = list(csv.reader(table, delimiter="\t", quoting=csv.QUOTE_NONE))
        header, rows = rows[0], [r for r in rows[1:] if not r[0].endswith(".head")]
        others = [lang for lang in header[1:] if lang != "en"]
        for start in range(0, len(rows) - 4, 5):
            chosen = ["en"] + sorted({others[k % len(others)], others[(k + 5) % len(others)]})
            k += 1
            article = {}
            for lang in chosen:
                column = header.index(lang)
                text = " ".join(r[column] for r in rows[start : start + 5] if column < len(r) and r[column].strip())
                if text:
                    article[lang] = text + "\n"
            if len(article) >= 2:
                yield f"{name}.{start // 5:02d}".replace(".", "-"), article


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    shared, out = sys.argv[1], sys.argv[2]
    count = int(sys.argv[sys.argv.index("--articles") + 1]) if "--articles" in sys.argv else 10_000
    base = list(pud(shared)) + list(bible(shared))
    os.makedirs(out, exist_ok=True)
    for n in range(count):
        name, editions = base[n % len(base)]
        for lang, text in editions.items():
            with open(os.path.join(out, f"r{n // len(base):03d}-{name}.{lang}.txt"), "w", encoding="utf-8") as f:
                f.write(text)
    print(f"{count} articles ({len(base)} distinct: PUD and Bible) in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
