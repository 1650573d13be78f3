#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries finished translations over to messages that moved to another context (a class renamed or split,
as the CLI's commands were) or lost their translation, by identical source text and comment.
  translations/carry-over.py save translations/monime-portal_fr.ts /tmp/fr-memory.json   (before lupdate)
  translations/carry-over.py fill translations/monime-portal_fr.ts /tmp/fr-memory.json   (after lupdate)
Prints the messages still unfinished."""
import json
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext("source") or "") + "\x00" + (message.findtext("comment") or "")


def main(mode, path, memory_path):
    tree = ET.parse(path)
    if mode == "save":
        memory = {}
        for message in tree.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            memory[key(message)] = {"text": translation.text or "", "forms": forms}
        with open(memory_path, "w", encoding="utf-8") as f:
            json.dump(memory, f, ensure_ascii=False)
        print(f"saved {len(memory)} translations")
        return
    with open(memory_path, encoding="utf-8") as f:
        memory = json.load(f)
    filled = 0
    missing = []
    for context in tree.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") != "unfinished":
                continue
            known = memory.get(key(message))
            if known is None:
                missing.append((context.findtext("name"), message.findtext("source")))
                continue
            translation.attrib.pop("type")
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for form in known["forms"]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = known["text"]
            filled += 1
    with open(path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"filled {filled}; still unfinished: {len(missing)}")
    for context, source in missing:
        print(f"  [{context}] {source!r}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
