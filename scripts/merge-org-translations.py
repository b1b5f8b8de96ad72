#!/usr/bin/env python3
"""Merges translated directory texts into content/organisations.toml.

Usage: scripts/merge-org-translations.py <locale> <file.tsv>

The .tsv has one line per text: `<organisation id> TAB description|caveat TAB <text>`
(the form a translator can fill in a spreadsheet). Each text lands after the
Dutch one of the same organisation as `description.<locale> = "..."`; running
it again for the same locale replaces that locale's lines. The content check
(`cargo test -p huiskamer-core --test content`) then verifies the result.
"""
import json
import re
import sys

locale, tsv = sys.argv[1], sys.argv[2]
if not re.fullmatch(r"[a-z]{2,3}(-[A-Z]{2})?", locale):
    sys.exit(f"not a locale code: {locale!r}")
texts = {}
for n, line in enumerate(open(tsv, encoding="utf-8").read().splitlines(), 1):
    if not line.strip():
        continue
    parts = line.split("\t")
    if len(parts) != 3 or parts[1] not in ("description", "caveat") or not parts[2].strip():
        sys.exit(f"{tsv}:{n}: want `id<TAB>description|caveat<TAB>text`")
    texts[(parts[0], parts[1])] = parts[2].strip()

path = "content/organisations.toml"
out, org, used = [], None, set()
for line in open(path, encoding="utf-8").read().splitlines():
    if line.startswith(("description.%s = " % locale, "caveat.%s = " % locale)):
        continue  # replaced below
    out.append(line)
    m = re.match(r'id = "([^"]+)"', line)
    if m:
        org = m.group(1)
    for field in ("description", "caveat"):
        if line.startswith(field + ".nl = ") and (org, field) in texts:
            # TOML basic strings accept JSON's escapes.
            out.append("%s.%s = %s" % (field, locale, json.dumps(texts[(org, field)], ensure_ascii=False)))
            used.add((org, field))
unused = set(texts) - used
if unused:
    sys.exit(f"{tsv}: no Dutch text to place these after: {sorted(unused)}")
open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")
print(f"{path}: {len(used)} {locale} texts")
