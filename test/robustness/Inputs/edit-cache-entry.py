"""edit-cache-entry.py DIR KEY [VALUE]: in every entry of the --cache directory DIR
(not the .sum.json summaries), sets KEY of each finding to the integer VALUE, or
removes KEY without one. An entry's first line, when it is a checksum header
("memcheck-cache ..."), is kept as it was (so it no longer matches), and so are
the lines of inputs before the JSON, up to an empty line."""
import glob
import json
import sys

cache_dir, key = sys.argv[1], sys.argv[2]
for path in glob.glob(cache_dir + "/*.json"):
    if path.endswith(".sum.json"):
        continue
    with open(path) as f:
        text = f.read()
    header = ""
    if text.startswith("memcheck-cache "):
        inputs_end = text.index("\n\n") + 2
        header, text = text[:inputs_end], text[inputs_end:]
    entry = json.loads(text)
    for finding in entry["findings"]:
        if len(sys.argv) > 3:
            finding[key] = int(sys.argv[3])
        else:
            finding.pop(key, None)
    with open(path, "w") as f:
        f.write(header + json.dumps(entry))
