using System.Text;

namespace Sahel.Reconcile;

/// <summary>One record of a CSV file: its fields and the physical line it starts on; <see cref="Error"/> when it could not be read whole.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>
/// RFC 4180 records over a whole text: quoted fields may hold the separator, doubled quotes and line breaks
/// (ACLED's notes do). Line numbers are physical lines, so a warning points where an editor shows the row. A
/// quote left open is reported on its record's line and reading resumes on the next line, so one bad row never
/// swallows the rest of an export.
/// </summary>
public sealed class CsvRecords(string text, char separator)
{
    private int _position;
    private int _line = 1;

    /// <summary>The separator of a header line: whichever of ',' and ';' occurs more often outside quotes (Excel in French or German locales writes ';').</summary>
    public static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c is '\n' or '\r')
                break;
            else if (!quoted && c == ',')
                commas++;
            else if (!quoted && c == ';')
                semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The next record, skipping blank lines; null at the end.</summary>
    public CsvRecord? Next()
    {
        while (_position < text.Length)
        {
            var record = ReadRecord();
            if (record.Error is not null || record.Fields.Count > 1 || record.Fields[0].Length > 0)
                return record;
        }
        return null;
    }

    private CsvRecord ReadRecord()
    {
        var start = _position;
        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var atFieldStart = true;
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (c == '"' && atFieldStart)
            {
                if (!ReadQuoted(field))
                    return Unclosed(start, startLine);
                atFieldStart = false;
                continue;
            }
            atFieldStart = false;
            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && _position < text.Length && text[_position] == '\n')
                    _position++;
                _line++;
                break;
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return new CsvRecord(startLine, fields, null);
    }

    /// <summary>Reads a quoted field up to its closing quote (text after it, before the separator, is kept as written).</summary>
    private bool ReadQuoted(StringBuilder field)
    {
        while (_position < text.Length)
        {
            var c = text[_position++];
            if (c == '"')
            {
                if (_position < text.Length && text[_position] == '"')
                {
                    field.Append('"');
                    _position++;
                    continue;
                }
                return true;
            }
            if (c == '\r' && _position < text.Length && text[_position] == '\n')
                continue; // keep embedded line breaks as \n
            if (c is '\n' or '\r')
                _line++;
            field.Append(c is '\r' ? '\n' : c);
        }
        return false;
    }

    private CsvRecord Unclosed(int start, int startLine)
    {
        var end = text.IndexOfAny(['\r', '\n'], start);
        _position = end < 0 ? text.Length : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        _line = startLine + 1;
        return new CsvRecord(startLine, [], "a quoted field is never closed");
    }
}
