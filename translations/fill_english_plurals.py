#!/usr/bin/env python3
"""Gives every "%n ...(s)" message of ltw_en.ts its two English forms, after `ltw_gui_lupdate`.

The regular ones come from the source text ("%n note(s)" -> "%n note", "%n notes"); the few whose other
words change too are listed below. Forms already filled in (by hand or in Linguist) are kept.
Run: python3 translations/fill_english_plurals.py translations/ltw_en.ts
"""
import sys
import xml.etree.ElementTree as ET

IRREGULAR = {
    "<b>%1</b>'s earlier Learning Teams left %n action(s) open. Before deciding new ones: was it done, "
    "dropped, or is it still to do?": (
        "<b>%1</b>'s earlier Learning Teams left %n action open. Before deciding new ones: was it done, "
        "dropped, or is it still to do?",
        "<b>%1</b>'s earlier Learning Teams left %n actions open. Before deciding new ones: were they done, "
        "dropped, or are they still to do?"),
    "%n is overdue.": ("%n is overdue.", "%n are overdue."),
    "%n match(es) in the organisation library": ("%n match in the organisation library",
                                                 "%n matches in the organisation library"),
    "%n vote(s); + and − change them": ("%n vote; + and − change it", "%n votes; + and − change them"),
    "Take %n note(s) out of their theme": ("Take %n note out of its theme", "Take %n notes out of their theme"),
}


def forms(source):
    if source in IRREGULAR:
        return IRREGULAR[source]
    return source.replace("(s)", ""), source.replace("(s)", "s")


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        numerus = translation.findall("numerusform")
        if not all(n.text for n in numerus):
            for element, text in zip(numerus, forms(message.find("source").text)):
                element.text = text
        translation.attrib.pop("type", None)  # lrelease leaves out what is marked unfinished
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1])
