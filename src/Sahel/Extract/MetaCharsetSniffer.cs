using System.Text;
using System.Text.RegularExpressions;

namespace Sahel.Extract;

/// <summary>
/// The HTML "prescan": the charset a page names in its first bytes, in <c>&lt;meta charset&gt;</c> or in a
/// <c>http-equiv="Content-Type"</c> content attribute. Read as Latin-1 so any ASCII-compatible page can be scanned
/// before its encoding is known.
/// </summary>
internal static partial class MetaCharsetSniffer
{
    private const int PrescanBytes = 4096;

    public static string? FindEncoding(ReadOnlySpan<byte> bytes, Encoding? bomEncoding)
    {
        if (bomEncoding is not null && bomEncoding.CodePage != Encoding.UTF8.CodePage)
            return null;
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var charset = Charset().Match(meta.Value);
            if (charset.Success)
                return charset.Groups[1].Value;
        }
        return null;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();
}
