using Sahel.Reconcile;
using Sahel.Testing;
using Xunit;

namespace Sahel.Tests.Reconcile;

/// <summary>ACLED exports as users download them: both layouts, BOM, ',' or ';', both date forms, inter codes as numbers or words.</summary>
public sealed class AcledReaderTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Samples, "acled", name);

    private const string CurrentHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    [Fact]
    public void BothLayouts_ReadAsTheSameEvents()
    {
        var current = AcledReader.Read(Fixture("acled-current.csv"));
        var old = AcledReader.Read(Fixture("acled-pre2023.csv"));
        Assert.Equal("current", current.Layout);
        Assert.Equal("pre-2023", old.Layout);
        Assert.Equal(',', current.Separator);
        Assert.Equal(';', old.Separator);
        Assert.Empty(current.Warnings);
        Assert.Empty(old.Warnings);
        Assert.Equal(16, current.Events.Count);
        Assert.Equal(current.Events.Count, old.Events.Count);
        foreach (var (a, b) in current.Events.Zip(old.Events))
        {
            // Line aside (the notes of one row span two lines in both), the two layouts carry the same facts.
            Assert.Equal(a with { DisorderType = null }, b with { DisorderType = null, Line = a.Line });
        }
    }

    [Fact]
    public void Fields_AreReadByName_WithCodesConverted()
    {
        var events = AcledReader.Read(Fixture("acled-pre2023.csv")).Events;
        var anefis = Assert.Single(events, e => e.Id == "MLI9000201");
        Assert.Equal(new DateOnly(2026, 3, 10), anefis.Date);
        Assert.Equal(AcledInter.StateForces, anefis.Inter1);
        Assert.Equal(AcledInter.RebelGroup, anefis.Inter2);
        Assert.Equal("Africa Corps", anefis.AssocActor1);
        Assert.Equal("ML", anefis.Country);
        Assert.Equal(18.05, anefis.Latitude); // written 18,0500 by a European spreadsheet
        Assert.Equal(12, anefis.Fatalities);
        Assert.Equal(2, Assert.Single(events, e => e.Id == "MLI9000401").TimePrecision);
        Assert.Contains("\n", Assert.Single(events, e => e.Id == "MLI9000202").Notes);
    }

    [Fact]
    public void MalformedRows_AreSkipped_WithTheirLineNumbers()
    {
        var export = AcledReader.Read(Fixture("acled-malformed.csv"), "acled-malformed.csv");
        Assert.Equal(["BFO9000101", "MLI9000202"], export.Events.Select(e => e.Id));
        Assert.Equal([3, 4, 5, 6, 7, 10, 11], export.Warnings.Select(w => w.Line));
        Assert.Equal(8, export.Events[1].Line);
        Assert.Equal("acled-malformed.csv:3: event_date '30 February 2026' is not a date (2024-01-15 or 15 January 2024); row skipped", export.Warnings[0].ToString());
        Assert.Contains("never closed", export.Warnings[^1].Reason);
    }

    [Fact]
    public void AnOpenQuote_CostsOnlyItsOwnRow()
    {
        var text = CurrentHeader + "\n" + Row("MLI1", "\"Military Forces of Mali (2021-)", "2") + "\n" + Row("MLI2", "Wagner Group", "3") + "\n";
        var export = AcledReader.Parse(text, "x.csv");
        // The quote opened on line 2 is never closed: that row is skipped with its line, and reading resumes on line 3.
        Assert.Equal(2, Assert.Single(export.Warnings).Line);
        Assert.Equal("MLI2", Assert.Single(export.Events).Id);
        Assert.Equal(3, export.Events[0].Line);
    }

    [Theory]
    [InlineData("2026-03-10", "State forces", "Mali", "", "MLI1", "ML")]
    [InlineData("10 March 2026", "1", "", "", "BFO77", "BF")]
    [InlineData("10 March 2026", "1", "", "562", "X1", "NE")]
    [InlineData("2026-03-10", "External/Other forces", "", "", "NIR12", "NE")]
    [InlineData("2026-03-10", "8", "", "", "CHA4", "TD")]
    public void DatesInterCodesAndCountries_InEveryFormExportsUse(string date, string inter, string country, string iso, string id, string expected)
    {
        var header = "\uFEFFevent_id_cnty;event_date;event_type;actor1;inter1;country;iso;location;latitude;longitude;fatalities";
        var text = $"{header}\r\n{id};{date};Battles;Someone;{inter};{country};{iso};Somewhere;14,5;-1,25;3\r\n";
        var export = AcledReader.Parse(text, "x.csv");
        Assert.Empty(export.Warnings);
        var e = Assert.Single(export.Events);
        Assert.Equal(new DateOnly(2026, 3, 10), e.Date);
        Assert.Equal(expected, e.Country);
        Assert.Equal(14.5, e.Latitude);
        Assert.NotEqual(AcledInter.None, e.Inter1);
    }

    [Fact]
    public void AFileWithoutAcledColumns_IsRejectedWholeWithTheColumnsMissing()
    {
        var error = Assert.Throws<AcledFormatException>(() => AcledReader.Parse("title,url\nx,y\n", "feeds.csv"));
        Assert.StartsWith("feeds.csv: not an ACLED export: no column 'event_id_cnty'", error.Message);
        Assert.Throws<AcledFormatException>(() => AcledReader.Parse("", "empty.csv"));
    }

    [Fact]
    public void QuotedFields_KeepSeparatorsQuotesAndLineBreaks()
    {
        var records = new CsvRecords("a,\"b, \"\"c\"\"\r\nd\",e\nf,g,h\n", ',');
        var first = records.Next()!;
        Assert.Equal(["a", "b, \"c\"\nd", "e"], first.Fields);
        var second = records.Next()!;
        Assert.Equal(3, second.Line);
        Assert.Null(records.Next());
    }

    private static string Row(string id, string actor1, string fatalities) =>
        $"{id},2026-03-10,2026,1,Political violence,Battles,Armed clash,{actor1},,1,,,0,10,,466,Western Africa,Mali,Kidal,Kidal,Kidal,Kidal,18.44,1.41,1,Src,National,Note,{fatalities},,1";
}
