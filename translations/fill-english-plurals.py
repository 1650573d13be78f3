#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keeps only the plural messages of translations/monime-portal_en.ts (English is the source language) and
fills their forms from the "(s)" in each source text: "in %n day(s)" -> "in %n day" / "in %n days".
Run after `cmake --build build -t update_translations`."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/monime-portal_en.ts"
tree = ET.parse(path)
root = tree.getroot()
for context in list(root.iter("context")):
    for message in list(context.iter("message")):
        if message.get("numerus") != "yes":
            context.remove(message)
    if context.find("message") is None:
        root.remove(context)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    singular = re.sub(r"\(s\)", "", source)
    plural = re.sub(r"\(s\)", "s", source)
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
tree.write(path, encoding="utf-8", xml_declaration=True)
