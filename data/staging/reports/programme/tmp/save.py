import json, sys, os
# usage: save.py file.json  ; json: {"file":..., "url":..., "title":..., "excerpt": ...}
HDR = "url: {url}\ntitle: {title}\nretrieved: 2026-12-02\nvia: stored copy of the page in the RIKG search tool's \"pages\" corpus (its text from the beginning, as stored)\n---\n"
d = json.load(open(sys.argv[1], encoding="utf-8"))
for item in d:
    p = os.path.join("/work/main/data/raw/pages", item["file"])
    if os.path.exists(p) and not item.get("overwrite_own"):
        print("EXISTS, skipped:", p); continue
    with open(p, "w", encoding="utf-8") as f:
        f.write(HDR.format(url=item["url"], title=item["title"]) + item["excerpt"] + ("" if item["excerpt"].endswith("\n") else "\n"))
    print("wrote", p)
