#!/usr/bin/env python3
"""Writes N generated multilingual feeds (RSS 2.0 and Atom 1.0, French, Arabic, English) for sahel's benchmarks.

The sentences are assembled from templates written for this project, with real Sahel place and actor names so
the text looks like the region's coverage. Deterministic for a given seed. For speed and scaling only, not for
clustering quality.

usage: gen_feeds.py OUT --feeds 1000 --items 30 --base http://127.0.0.1:8931 [--span-days 60]
writes OUT/feeds/NNNN.xml, OUT/feeds.opml (absolute URLs under --base), OUT/urls.txt
"""
import argparse
import datetime as dt
import os
import random
from xml.sax.saxutils import escape

PLACES = [("Kidal", "كيدال"), ("Ménaka", "ميناكا"), ("Gao", "غاو"), ("Tombouctou", "تمبكتو"), ("Djibo", "جيبو"),
          ("Tillabéri", "تيلابيري"), ("Diffa", "ديفا"), ("Mopti", "موبتي"), ("Aguelhok", "أغلهوك"), ("Dori", "دوري"),
          ("Ouallam", "والام"), ("Bol", "بول"), ("Anéfis", "أنفيس"), ("Tessalit", "تساليت"), ("Arbinda", "أربيندا")]
ACTORS_FR = ["le JNIM", "l'EIGS", "le FLA", "les FAMa", "l'armée burkinabè", "les FDS nigériennes", "Boko Haram"]
ACTORS_EN = ["JNIM", "Islamic State Sahel", "the FLA", "Malian troops", "Burkina Faso's army", "Niger's army", "ISWAP"]
ACTORS_AR = ["جماعة نصرة الإسلام والمسلمين", "ولاية الساحل", "جبهة تحرير أزواد", "الجيش المالي", "الجيش البوركينابي"]

FR = ["Attaque contre un poste militaire près de {p}", "Embuscade meurtrière sur l'axe de {p}",
      "{p} : {a} revendique une attaque", "Frappe de drone dans la région de {p}", "Enlèvement de civils près de {p}"]
EN = ["Attack on army post near {p}", "Deadly ambush on the {p} road", "{a} claims attack near {p}",
      "Drone strike reported in the {p} area", "Civilians abducted near {p}"]
AR = ["هجوم على موقع عسكري قرب {p}", "كمين دام على طريق {p}", "{a} تتبنى هجوما قرب {p}",
      "غارة بطائرة مسيرة في منطقة {p}", "اختطاف مدنيين قرب {p}"]
BODY_FR = "Selon des sources locales, au moins {n} personnes ont été tuées lors de l'incident survenu dans la matinée. L'armée évoque de violents combats et affirme avoir repris le contrôle de la zone."
BODY_EN = "At least {n} people were killed in the incident on Tuesday morning, according to local sources. The army said its forces repelled the attackers after heavy fighting and secured the area."
BODY_AR = "أفادت مصادر محلية بمقتل {n} أشخاص على الأقل في الهجوم الذي وقع صباح اليوم، فيما تحدث الجيش عن اشتباكات عنيفة وأكد أنه استعاد السيطرة على المنطقة."


def item_text(rng, lang):
    place_fr, place_ar = rng.choice(PLACES)
    n = rng.randint(2, 60)
    if lang == "fr":
        return rng.choice(FR).format(p=place_fr, a=rng.choice(ACTORS_FR)), BODY_FR.format(n=n)
    if lang == "en":
        return rng.choice(EN).format(p=place_fr, a=rng.choice(ACTORS_EN)), BODY_EN.format(n=n)
    return rng.choice(AR).format(p=place_ar, a=rng.choice(ACTORS_AR)), BODY_AR.format(n=n)


def when_for(rng, start, i, index, minutes_apart, span_days):
    if span_days:
        return start - dt.timedelta(minutes=rng.randrange(span_days * 24 * 60))
    return start - dt.timedelta(minutes=minutes_apart * i + index)


def rss(rng, index, lang, items, start, span_days):
    entries = []
    for i in range(items):
        title, body = item_text(rng, lang)
        when = when_for(rng, start, i, index, 37, span_days)
        link = f"https://outlet{index:04d}.example/{when:%Y/%m/%d}/story-{i}"
        entries.append(
            f"<item><title>{escape(title)}</title><link>{link}</link><guid>{link}</guid>"
            f"<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
            f"<description>{escape('<p>' + body + '</p>')}</description><category>Sécurité</category></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Outlet {index:04d}</title>'
            f"<link>https://outlet{index:04d}.example/</link><language>{lang}</language>{''.join(entries)}</channel></rss>\n")


def atom(rng, index, lang, items, start, span_days):
    entries = []
    for i in range(items):
        title, body = item_text(rng, lang)
        when = when_for(rng, start, i, index, 41, span_days)
        link = f"https://outlet{index:04d}.example/{when:%Y/%m/%d}/story-{i}"
        entries.append(
            f'<entry><id>tag:outlet{index:04d}.example,2026:{i}</id><title>{escape(title)}</title>'
            f'<link rel="alternate" href="{link}"/><published>{when:%Y-%m-%dT%H:%M:%SZ}</published>'
            f"<updated>{when:%Y-%m-%dT%H:%M:%SZ}</updated><summary>{escape(body)}</summary></entry>")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">'
            f"<title>Outlet {index:04d}</title><id>tag:outlet{index:04d}.example,2026:feed</id>"
            f"<updated>{start:%Y-%m-%dT%H:%M:%SZ}</updated>{''.join(entries)}</feed>\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--base", default="http://127.0.0.1:8931")
    parser.add_argument("--seed", type=int, default=20260310)
    parser.add_argument("--span-days", type=int, default=0, help="spread item dates at random over this many days")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "feeds"), exist_ok=True)
    start = dt.datetime(2026, 3, 14, 18, 0, 0)
    outlines, urls = [], []
    for index in range(args.feeds):
        lang = ("fr", "fr", "en", "ar")[index % 4]
        body = (rss if index % 3 else atom)(rng, index, lang, args.items, start, args.span_days)
        name = f"{index:04d}.xml"
        with open(os.path.join(args.out, "feeds", name), "w", encoding="utf-8") as f:
            f.write(body)
        url = f"{args.base}/feeds/{name}"
        urls.append(url)
        outlines.append(f'<outline type="rss" text="Outlet {index:04d}" xmlUrl="{url}" language="{lang}"/>')
    with open(os.path.join(args.out, "feeds.opml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0"><head><title>bench</title></head><body>\n'
                + "\n".join(outlines) + "\n</body></opml>\n")
    with open(os.path.join(args.out, "urls.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(urls) + "\n")
    with open(os.path.join(args.out, "files.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(f"feeds/{index:04d}.xml" for index in range(args.feeds)) + "\n")


if __name__ == "__main__":
    main()
