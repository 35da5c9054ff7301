#!/usr/bin/env python3
"""Validates every .ics file in a folder with PyPI's icalendar (used by .ci/run).

Each file must parse; every VEVENT's DTSTART and DTEND must carry a TZID (or be UTC) with
the end after the start; every TZID used must have exactly one VTIMEZONE in the file.
Usage: check_calendars.py FOLDER. Exits 1 listing every problem.
"""
import pathlib
import sys

import icalendar


def check(path):
    problems = []
    try:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
    except Exception as error:  # noqa: BLE001 - any parse failure is a finding
        return [f"{path}: does not parse: {error}"]
    zones = {}
    for zone in calendar.walk("VTIMEZONE"):
        tzid = str(zone.get("TZID"))
        zones[tzid] = zones.get(tzid, 0) + 1
    used = set()
    events = calendar.walk("VEVENT")
    for event in events:
        uid = event.get("UID", "?")
        times = {}
        for name in ("DTSTART", "DTEND"):
            prop = event.get(name)
            if prop is None:
                problems.append(f"{path}: {uid}: no {name}")
                continue
            tzid = prop.params.get("TZID")
            value = prop.dt
            if tzid:
                used.add(str(tzid))
            elif getattr(value, "tzinfo", None) is None:
                problems.append(f"{path}: {uid}: {name} has no TZID and is not UTC")
            times[name] = value
        if len(times) == 2 and not times["DTEND"] > times["DTSTART"]:
            problems.append(f"{path}: {uid}: DTEND is not after DTSTART")
    for tzid in sorted(used):
        if zones.get(tzid, 0) != 1:
            problems.append(f"{path}: TZID {tzid} has {zones.get(tzid, 0)} VTIMEZONE blocks")
    return problems


def main():
    if len(sys.argv) != 2:
        print("usage: check_calendars.py FOLDER", file=sys.stderr)
        return 2
    files = sorted(pathlib.Path(sys.argv[1]).glob("*.ics"))
    if not files:
        print(f"check_calendars: no .ics files in {sys.argv[1]}", file=sys.stderr)
        return 1
    problems = [problem for path in files for problem in check(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check_calendars: {len(files)} calendars, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
