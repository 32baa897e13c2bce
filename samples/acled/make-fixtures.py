#!/usr/bin/env python3
"""Writes the ACLED-format fixtures of samples/acled/ from the one table below (see README.md).

Every row is invented for sahel: ids, notes, figures and sources describe the fictional week of samples/
(9-14 March 2026) as ACLED might code it. Nothing here is ACLED data. Run from this folder after editing.
"""
import csv, io

# id, date, precision, event_type, sub_event_type, actor1, assoc1, inter1, actor2, assoc2, inter2,
# country, admin1, admin2, admin3, location, lat, lon, geo_precision, source, notes, fatalities
EVENTS = [
    ("BFO9000101", "2026-03-09", 1, "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims", "", 2,
     "Military Forces of Burkina Faso (2022-)", "VDP: Volunteers for the Defense of the Homeland", 1,
     "Burkina Faso", "Sahel", "Soum", "Djibo", "Djibo", 14.0994, -1.6255, 1, "Kadiogo Depeches; Harmattan Wire",
     "On 9 March 2026, JNIM militants attacked the military detachment of Djibo (Soum, Sahel). Fighting lasted several hours. Local sources report around 20 soldiers and VDP killed.", 20),
    ("MLI9000201", "2026-03-10", 1, "Battles", "Armed clash", "Military Forces of Mali (2021-)", "Africa Corps", 1,
     "FLA: Azawad Liberation Front", "", 2,
     "Mali", "Kidal", "Tin-Essako", "Anefis", "Anefis", 18.05, 0.6, 2, "Le Tamarinier; Sada El Hodh",
     "On 10 March 2026, FLA fighters ambushed a FAMa convoy escorted by Africa Corps between Kidal and Anefis. The army reported 5 soldiers killed, local sources at least 12. 12 fatalities coded.", 12),
    ("MLI9000202", "2026-03-14", 1, "Battles", "Armed clash", "FLA: Azawad Liberation Front", "", 2,
     "Military Forces of Mali (2021-)", "", 1,
     "Mali", "Kidal", "Tin-Essako", "Anefis", "Anefis", 18.05, 0.6, 2, "Akhbar al-Rimal",
     "Around 14 March 2026 (as reported), FLA fighters and FAMa exchanged fire near Anefis.\nNo casualties reported.", 0),
    ("MLI9000301", "2026-03-11", 1, "Explosions/Remote violence", "Air/drone strike", "Military Forces of Mali (2021-)", "", 1,
     "Civilians (Mali)", "", 7,
     "Mali", "Kidal", "Tessalit", "Aguelhok", "Aguelhok", 19.4614, 0.8583, 1, "Le Tamarinier; Harmattan Wire",
     "On 11 March 2026, a FAMa drone strike hit near the weekly market of Aguelhok. Residents report at least 9 civilians killed, including 2 children; the army says it targeted militants.", 9),
    ("MLI9000401", "2026-03-08", 2, "Violence against civilians", "Abduction/forced disappearance", "Military Forces of Mali (2021-)", "Africa Corps", 1,
     "Civilians (Mauritania)", "", 7,
     "Mali", "Segou", "Niono", "Nampala", "Nampala", 15.28, -5.55, 2, "Sada El Hodh",
     "During the week of 8 March 2026, FAMa with Africa Corps reportedly abducted Mauritanian herders near the border, close to Fassala (Mauritania). The army denies it.", 0),
    ("CHA9000101", "2026-03-11", 1, "Battles", "Armed clash", "Islamic State West Africa Province", "", 2,
     "Military Forces of Chad (2021-)", "", 1,
     "Chad", "Lac", "Mamdi", "Ngouboua", "Ngouboua", 13.4, 14.13, 2, "Le Courrier du Chari",
     "On the night of 11 March 2026, ISWAP fighters attacked an army position near Ngouboua (Lac). 6 fatalities coded for the first night.", 6),
    ("CHA9000102", "2026-03-12", 1, "Battles", "Armed clash", "Islamic State West Africa Province", "", 2,
     "Military Forces of Chad (2021-)", "", 1,
     "Chad", "Lac", "Mamdi", "Ngouboua", "Ngouboua", 13.4, 14.13, 2, "Le Courrier du Chari; The Niger Bend Review",
     "On 12 March 2026, fighting continued near Ngouboua in the early morning. Local sources put the toll at least 9 soldiers over both days.", 3),
    ("NIR9000101", "2026-03-12", 1, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Islamic State Sahel Province", "", 2,
     "Military Forces of Niger (2023-)", "", 1,
     "Niger", "Tillaberi", "Filingue", "Abala", "Abala", 14.93, 3.43, 2, "Kori Info",
     "On 12 March 2026, an IED hit a Nigerien army patrol in Tillaberi region. The defence ministry reported 4 soldiers killed, 5 wounded.", 4),
    ("MLI9000501", "2026-03-13", 1, "Battles", "Armed clash", "Islamic State Sahel Province", "", 2,
     "Military Forces of Mali (2021-)", "", 1,
     "Mali", "Menaka", "Menaka", "Menaka", "Menaka", 15.85, 2.58, 2, "Le Tamarinier; Kori Info",
     "On 13 March 2026, IS Sahel militants attacked a FAMa position about 20 km from Menaka on the Anderamboukane road. The army reported 2 soldiers killed; local sources at least 8.", 8),
    ("BFO9000102", "2026-03-12", 1, "Violence against civilians", "Attack", "JNIM: Group for Support of Islam and Muslims", "", 2,
     "Civilians (Burkina Faso)", "", 7,
     "Burkina Faso", "Sahel", "Oudalan", "Deou", "Deou", 14.6008, -0.719, 2, "Kadiogo Depeches",
     "On 12 March 2026, suspected JNIM militants killed civilians in a hamlet of Deou commune (Oudalan). 10 fatalities confirmed.", 10),
    # Only in ACLED: violent events sahel's samples have no incident for.
    ("MLI9000601", "2026-03-10", 1, "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims", "", 2,
     "Military Forces of Mali (2021-)", "", 1,
     "Mali", "Mopti", "Douentza", "Boni", "Boni", 15.03, -1.95, 1, "Le Tamarinier",
     "On 10 March 2026, JNIM and FAMa clashed near Boni (Douentza). 3 fatalities.", 3),
    ("MLI9000701", "2026-03-14", 1, "Explosions/Remote violence", "Shelling/artillery/missile attack", "JNIM: Group for Support of Islam and Muslims", "", 2,
     "Military Forces of Mali (2021-)", "", 1,
     "Mali", "Kidal", "Tessalit", "Aguelhok", "Aguelhok", 19.4614, 0.8583, 1, "Harmattan Wire",
     "On the night of 13-14 March 2026, JNIM fired mortar shells at the FAMa camp in Aguelhok. No casualties.", 0),
    ("BFO9000201", "2026-03-11", 1, "Violence against civilians", "Attack", "Unidentified Armed Group (Burkina Faso)", "", 3,
     "Civilians (Burkina Faso)", "", 7,
     "Burkina Faso", "Est", "Gourma", "Fada N'Gourma", "Fada N'Gourma", 12.0616, 0.3584, 1, "Kadiogo Depeches",
     "On 11 March 2026, unidentified gunmen killed a trader on the road outside Fada N'Gourma.", 1),
    # Outside what sahel compares: not political violence, another country, before the stored week.
    ("MLI9000801", "2026-03-12", 1, "Protests", "Peaceful protest", "Protesters (Mali)", "", 6,
     "", "", 0,
     "Mali", "Bamako", "Bamako", "Bamako", "Bamako", 12.6392, -8.0029, 1, "Le Tamarinier",
     "On 12 March 2026, traders protested fuel shortages in Bamako.", 0),
    ("NIG9000101", "2026-03-12", 1, "Battles", "Armed clash", "Islamic State West Africa Province", "", 2,
     "Military Forces of Nigeria (2023-)", "", 1,
     "Nigeria", "Borno", "Monguno", "Monguno", "Monguno", 12.67, 13.61, 1, "Harmattan Wire",
     "On 12 March 2026, ISWAP and Nigerian troops clashed near Monguno (Borno).", 5),
    ("MLI9000901", "2026-03-02", 1, "Battles", "Armed clash", "JNIM: Group for Support of Islam and Muslims", "", 2,
     "Military Forces of Mali (2021-)", "", 1,
     "Mali", "Segou", "Niono", "Nampala", "Nampala", 15.28, -5.55, 1, "Le Tamarinier",
     "On 2 March 2026, JNIM and FAMa clashed near Nampala.", 2),
]

INTER = {0: "", 1: "State forces", 2: "Rebel group", 3: "Political militia", 4: "Identity militia",
         5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}
ISO = {"Mali": (466, "MLI"), "Burkina Faso": (854, "BFA"), "Niger": (562, "NER"), "Chad": (148, "TCD"), "Nigeria": (566, "NGA")}
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

CURRENT = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
           "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
           "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
           "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]
PRE_2023 = ["data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
            "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "source", "source_scale", "notes", "fatalities", "timestamp", "iso3"]


def fields(e, layout):
    (eid, date, precision, etype, sub, a1, as1, i1, a2, as2, i2, country, ad1, ad2, ad3, loc, lat, lon, geo, src, notes, fat) = e
    y, m, d = date.split("-")
    iso, iso3 = ISO[country]
    civilian = "Civilian targeting" if i2 == 7 and etype != "Protests" else ""
    interaction = f"{i1}{i2}" if i2 else f"{i1}0"
    row = {
        "event_id_cnty": eid, "year": y, "time_precision": precision, "event_type": etype, "sub_event_type": sub,
        "actor1": a1, "assoc_actor_1": as1, "actor2": a2, "assoc_actor_2": as2, "iso": iso, "region": "Western Africa",
        "country": country, "admin1": ad1, "admin2": ad2, "admin3": ad3, "location": loc, "geo_precision": geo,
        "source": src, "source_scale": "National-Regional", "notes": notes, "fatalities": fat, "timestamp": 1773900000,
    }
    if layout == "current":
        row |= {"event_date": date, "disorder_type": DISORDER[etype], "inter1": INTER[i1], "inter2": INTER[i2],
                "interaction": f"{INTER[i1]}-{INTER[i2]}" if i2 else f"{INTER[i1]} only",
                "civilian_targeting": civilian, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}", "tags": ""}
    else:
        row |= {"data_id": 7700000 + int(eid[3:]) % 100000, "event_id_no_cnty": eid[3:], "event_date": f"{int(d)} {MONTHS[int(m) - 1]} {y}",
                "inter1": i1, "inter2": i2, "interaction": interaction, "iso3": iso3,
                # European Excel writes ';' separators and decimal commas.
                "latitude": f"{lat:.4f}".replace(".", ","), "longitude": f"{lon:.4f}".replace(".", ",")}
    return row


def write(path, header, layout, delimiter, bom, newline):
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=header, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for e in EVENTS:
        w.writerow(fields(e, layout))
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(out.getvalue())


write("acled-current.csv", CURRENT, "current", ",", False, "\n")
write("acled-pre2023.csv", PRE_2023, "pre-2023", ";", True, "\r\n")

# Malformed rows among good ones, current layout: each bad row must give one line-numbered warning.
good = [fields(e, "current") for e in EVENTS[:3]]
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=CURRENT, lineterminator="\n")
w.writeheader()
w.writerow(good[0])                                            # line 2
w.writerow(good[1] | {"event_date": "30 February 2026"})       # line 3: not a date
w.writerow(good[1] | {"fatalities": "twelve"})                 # line 4: not a number
w.writerow(good[1] | {"inter1": "Bandits"})                    # line 5: not an inter code
out.write("MLI9000299,2026-03-10,2026,1,Political violence,Battles\n")  # line 6: too few fields
w.writerow(good[1] | {"latitude": "118.05"})                   # line 7: not a latitude
w.writerow(good[2])                                            # lines 8-9: notes with an embedded newline
w.writerow(good[1] | {"event_id_cnty": ""})                    # line 10: no id
out.write('MLI9000298,2026-03-11,2026,1,Political violence,Battles,Armed clash,"Military Forces of Mali (2021-)\n')  # line 11: quote never closed
with open("acled-malformed.csv", "w", encoding="utf-8", newline="") as f:
    f.write(out.getvalue())
