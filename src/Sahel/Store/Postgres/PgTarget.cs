using System.Text.RegularExpressions;
using Npgsql;

namespace Sahel.Store.Postgres;

/// <summary>
/// A PostgreSQL server as --db names it: postgres://user@host:port/db (optionally ?sslmode=require) or an Npgsql
/// connection string. A password in either is refused: it would stay in shell history, `ps` and CI logs. It comes
/// from PGPASSWORD, else ~/.pgpass (or PGPASSFILE), which Npgsql reads as libpq does.
/// </summary>
public sealed partial record PgTarget
{
    private PgTarget(string connectionString, string display)
    {
        ConnectionString = connectionString;
        Display = display;
    }

    /// <summary>The connection string without a password.</summary>
    public string ConnectionString { get; }

    /// <summary>postgres://user@host:port/db: what messages show.</summary>
    public string Display { get; }

    private const string PasswordAdvice = "a password on the command line would show in shell history and process lists; put it in PGPASSWORD or ~/.pgpass (docs/team.md)";

    public static bool IsConnectionString(string text) => ConnectionStringShape().IsMatch(text);

    public static bool TryParse(string text, out PgTarget? target, out string? error)
    {
        target = null;
        error = null;
        NpgsqlConnectionStringBuilder builder;
        if (IsConnectionString(text))
        {
            try
            {
                builder = new NpgsqlConnectionStringBuilder(text);
            }
            catch (ArgumentException e)
            {
                error = $"--db: not a usable PostgreSQL connection string: {e.Message}";
                return false;
            }
            if (!string.IsNullOrEmpty(builder.Password))
            {
                error = $"--db: the connection string has a password: {PasswordAdvice}";
                return false;
            }
        }
        else if (!TryParseUrl(text, out builder, out error))
        {
            return false;
        }
        if (string.IsNullOrEmpty(builder.Database))
        {
            error = "--db: the PostgreSQL store names no database (postgres://user@host:port/DATABASE)";
            return false;
        }
        builder.Host ??= "localhost";
        var display = $"postgres://{(builder.Username is { Length: > 0 } user ? Uri.EscapeDataString(user) + "@" : "")}{builder.Host}:{builder.Port}/{builder.Database}";
        target = new PgTarget(builder.ConnectionString, display);
        return true;
    }

    private static bool TryParseUrl(string text, out NpgsqlConnectionStringBuilder builder, out string? error)
    {
        builder = new NpgsqlConnectionStringBuilder();
        error = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            error = $"--db: '{Redacted(text)}' is not a postgres://user@host:port/db URL";
            return false;
        }
        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            error = $"--db: the URL has a password: {PasswordAdvice}";
            return false;
        }
        builder.Host = uri.Host;
        builder.Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port;
        if (uri.UserInfo.Length > 0)
            builder.Username = Uri.UnescapeDataString(uri.UserInfo);
        builder.Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..]))
                : (pair, "");
            if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) && Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode))
            {
                builder.SslMode = mode;
                continue;
            }
            if (key.Equals("password", StringComparison.OrdinalIgnoreCase))
            {
                error = $"--db: the URL has a password: {PasswordAdvice}";
                return false;
            }
            error = $"--db: the URL's '{key}' is not understood (only sslmode is); use an Npgsql connection string for more";
            return false;
        }
        return true;
    }

    // Anything after a colon in the user part might be a password: never echo it.
    private static string Redacted(string text) => UrlPassword().Replace(text, "$1:***@");

    [GeneratedRegex(@"(?i)(^|;)\s*(host|server)\s*=")]
    private static partial Regex ConnectionStringShape();

    [GeneratedRegex(@"^([a-z]+://[^:/@]*):[^@]*@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
