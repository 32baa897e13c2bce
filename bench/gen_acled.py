#!/usr/bin/env python3
"""Writes a synthetic ACLED-format export (current layout) of N rows for bench/reconcile-bench.sh.

Everything is generated: ids, places, actors and notes are drawn from small invented lists. Not ACLED data.
usage: gen_acled.py OUT.csv --rows 100000 [--seed 1]
"""
import argparse, csv, datetime, random

p = argparse.ArgumentParser()
p.add_argument("out")
p.add_argument("--rows", type=int, default=100000)
p.add_argument("--seed", type=int, default=1)
a = p.parse_args()
rng = random.Random(a.seed)
countries = [("Mali", 466, "MLI", 15.0, -2.0), ("Burkina Faso", 854, "BFO", 12.5, -1.5), ("Niger", 562, "NIR", 14.5, 3.0),
             ("Chad", 148, "CHA", 13.5, 15.0), ("Mauritania", 478, "MAU", 17.0, -10.0)]
types = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Explosions/Remote violence", "Air/drone strike"), ("Violence against civilians", "Attack"),
         ("Protests", "Peaceful protest"), ("Strategic developments", "Looting/property destruction")]
actors = ["JNIM: Group for Support of Islam and Muslims", "Islamic State Sahel Province", "Unidentified Armed Group ({c})",
          "Military Forces of {c}", "Civilians ({c})", "Wagner Group", "Protesters ({c})"]
header = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
          "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
          "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
          "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
start = datetime.date(2025, 9, 1)
with open(a.out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    for i in range(a.rows):
        name, iso, prefix, lat, lon = rng.choice(countries)
        etype, sub = rng.choice(types)
        a1 = rng.choice(actors).format(c=name)
        a2 = rng.choice(actors).format(c=name)
        day = start + datetime.timedelta(days=rng.randrange(365))
        notes = f"On {day.isoformat()}, generated event {i} near place {i % 500}, region {i % 9}; figures invented." + ("\nSecond line." if i % 7 == 0 else "")
        w.writerow([f"{prefix}{900000 + i}", day.isoformat(), day.year, rng.choice([1, 1, 1, 2, 3]), "Political violence", etype, sub,
                    a1, "", "Rebel group", a2, "", "State forces", "Rebel group-State forces", "",
                    iso, "Western Africa", name, f"Region {i % 9}", f"District {i % 40}", "", f"Place {i % 500}",
                    f"{lat + rng.uniform(-2, 2):.4f}", f"{lon + rng.uniform(-2, 2):.4f}", 1,
                    "Generated Wire", "National", notes, rng.choice([0, 0, 1, 2, 3, 5, 12]), "", 1773900000])
