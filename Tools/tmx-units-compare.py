#!/usr/bin/env python3
"""Compares the units of two TMX files, unit for unit: props and segments in file order.

Usage: tmx-units-compare.py EXPECTED.tmx ACTUAL.tmx
Prints the unit count and exits 0 when every unit matches; else names the first differing
unit (by position and x-document) and exits 1. Headers and tuids are not compared (a merge
renumbers tuids), unless --tuids is given.
"""
import sys
import xml.etree.ElementTree as ET

LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def units(path, with_tuids):
    result = []
    for tu in ET.parse(path).getroot().iter("tu"):
        props = tuple((p.get("type"), p.text or "") for p in tu.findall("prop"))
        segments = tuple((tuv.get(LANG), "".join(tuv.find("seg").itertext())) for tuv in tu.findall("tuv"))
        result.append(((tu.get("tuid"),) if with_tuids else ()) + (props, segments))
    return result


def main():
    arguments = [a for a in sys.argv[1:] if a != "--tuids"]
    if len(arguments) != 2:
        sys.exit(__doc__)
    with_tuids = "--tuids" in sys.argv
    expected, actual = (units(p, with_tuids) for p in arguments)
    for position, (e, a) in enumerate(zip(expected, actual), start=1):
        if e != a:
            document = dict(e[-2]).get("x-document", "?")
            print(f"unit {position} (document {document}) differs:\n  expected {e}\n  actual   {a}")
            sys.exit(1)
    if len(expected) != len(actual):
        print(f"{arguments[0]} has {len(expected)} units, {arguments[1]} has {len(actual)}")
        sys.exit(1)
    print(f"{len(expected)} units, identical")


if __name__ == "__main__":
    main()
